package dev.praxis.registry.people;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code people} rows: written from tokens, preferences written by their owner. */
@Repository
class PeopleDirectory {

    private static final String COLUMNS =
            "username, name, email, token_locale, roles, last_seen_at, email_notifications, language";

    private final JdbcClient jdbc;

    PeopleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts or refreshes what the token says; leaves the preferences alone. A row that already says
     * the same and was seen less than {@code staleAfter} ago is not written at all.
     */
    void upsert(Sighting sighting, Instant seenAt, Instant staleBefore) {
        jdbc.sql("""
                        insert into people (username, name, email, token_locale, roles, last_seen_at)
                        values (:username, :name, :email, :locale, :roles, :seenAt)
                        on conflict (username) do update
                           set name = excluded.name, email = excluded.email, token_locale = excluded.token_locale,
                               roles = excluded.roles, last_seen_at = excluded.last_seen_at
                         where people.name is distinct from excluded.name
                            or people.email is distinct from excluded.email
                            or people.token_locale is distinct from excluded.token_locale
                            or people.roles is distinct from excluded.roles
                            or people.last_seen_at < :staleBefore
                        """)
                .param("username", sighting.username())
                .param("name", sighting.name())
                .param("email", sighting.email())
                .param("locale", sighting.locale())
                .param("roles", sighting.roles().stream().sorted().toArray(String[]::new))
                .param("seenAt", Timestamp.from(seenAt))
                .param("staleBefore", Timestamp.from(staleBefore))
                .update();
    }

    Optional<Person> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from people where username = :username")
                .param("username", username)
                .query(PeopleDirectory::person)
                .optional();
    }

    List<Person> withRole(String role) {
        return jdbc.sql("select " + COLUMNS + " from people where roles @> array[:role]::text[] order by username")
                .param("role", role)
                .query(PeopleDirectory::person)
                .list();
    }

    /** Writes the preferences; a person not seen yet gets a row with only their username. */
    void saveSettings(String username, NotificationSettings settings, Instant now) {
        jdbc.sql("""
                        insert into people (username, last_seen_at, email_notifications, language)
                        values (:username, :now, :email, :language)
                        on conflict (username) do update
                           set email_notifications = excluded.email_notifications, language = excluded.language
                        """)
                .param("username", username)
                .param("now", Timestamp.from(now))
                .param("email", settings.emailEnabled())
                .param("language", settings.language() == null ? null : settings.language().code())
                .update();
    }

    private static Person person(ResultSet row, int number) throws SQLException {
        var roles = (String[]) row.getArray("roles").getArray();
        return new Person(row.getString("username"), row.getString("name"), row.getString("email"), Set.of(roles),
                row.getTimestamp("last_seen_at").toInstant(),
                new NotificationSettings(row.getBoolean("email_notifications"), Language.ofCode(row.getString("language"))),
                row.getString("token_locale"));
    }
}
