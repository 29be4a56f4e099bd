package dev.praxis.registry.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code notifications} rows: every person's inbox. */
@Repository
class Inbox {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Inbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(Notification notification) {
        jdbc.sql("""
                        insert into notifications (id, recipient, kind, practice_id, practice_title, link, params, created_at)
                        values (:id, :recipient, :kind, :practiceId, :title, :link, cast(:params as jsonb), :createdAt)
                        """)
                .param("id", notification.id())
                .param("recipient", notification.recipient())
                .param("kind", notification.kind().name())
                .param("practiceId", notification.practiceId())
                .param("title", notification.practiceTitle())
                .param("link", notification.link())
                .param("params", json.writeValueAsString(notification.params()))
                .param("createdAt", Timestamp.from(notification.createdAt()))
                .update();
    }

    /** Newest first; ties (one transaction) by id, so pages never overlap. */
    List<Notification> of(String recipient, boolean unreadOnly, int offset, int limit) {
        return jdbc.sql("""
                        select * from notifications
                         where recipient = :recipient and (not :unreadOnly or read_at is null)
                         order by created_at desc, id desc offset :offset limit :limit
                        """)
                .param("recipient", recipient)
                .param("unreadOnly", unreadOnly)
                .param("offset", offset)
                .param("limit", limit)
                .query(this::notification)
                .list();
    }

    long count(String recipient, boolean unreadOnly) {
        return jdbc.sql("select count(*) from notifications where recipient = :recipient and (not :unreadOnly or read_at is null)")
                .param("recipient", recipient)
                .param("unreadOnly", unreadOnly)
                .query(Long.class)
                .single();
    }

    Optional<Notification> find(UUID id, String recipient) {
        return jdbc.sql("select * from notifications where id = :id and recipient = :recipient")
                .param("id", id)
                .param("recipient", recipient)
                .query(this::notification)
                .optional();
    }

    /** Marks it read once: reading it again keeps the first time. */
    void markRead(UUID id, String recipient, Instant at) {
        jdbc.sql("update notifications set read_at = :at where id = :id and recipient = :recipient and read_at is null")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .param("recipient", recipient)
                .update();
    }

    int markAllRead(String recipient, Instant at) {
        return jdbc.sql("update notifications set read_at = :at where recipient = :recipient and read_at is null")
                .param("at", Timestamp.from(at))
                .param("recipient", recipient)
                .update();
    }

    private Notification notification(ResultSet row, int number) throws SQLException {
        var readAt = row.getTimestamp("read_at");
        return new Notification(row.getObject("id", UUID.class), row.getString("recipient"),
                NotificationKind.valueOf(row.getString("kind")), row.getObject("practice_id", UUID.class),
                row.getString("practice_title"), row.getString("link"), json.readValue(row.getString("params"), PARAMS),
                row.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
