package dev.praxis.registry.version;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The stored versions of practices. Only inserts and reads: a version is never changed (the
 * table's trigger refuses updates too). The next number is taken under the practice's row lock,
 * which every submission holds, so two submissions cannot get the same number.
 */
@Repository
class Versions {

    private final JdbcClient jdbc;

    Versions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int add(UUID practiceId, Instant submittedAt, String submittedByName, String content) {
        return jdbc.sql("""
                        insert into practice_versions (practice_id, number, submitted_at, submitted_by_name, content)
                        select :id, coalesce(max(number), 0) + 1, :at, :by, cast(:content as jsonb)
                          from practice_versions where practice_id = :id
                        returning number
                        """)
                .param("id", practiceId)
                .param("at", Timestamp.from(submittedAt))
                .param("by", submittedByName)
                .param("content", content)
                .query(Integer.class)
                .single();
    }

    /** Oldest first. */
    List<PracticeVersion> of(UUID practiceId) {
        return jdbc.sql("""
                        select number, submitted_at, submitted_by_name from practice_versions
                         where practice_id = :id order by number
                        """)
                .param("id", practiceId)
                .query(Versions::version)
                .list();
    }

    Optional<Stored> find(UUID practiceId, int number) {
        return jdbc.sql("""
                        select number, submitted_at, submitted_by_name, content::text as content from practice_versions
                         where practice_id = :id and number = :number
                        """)
                .param("id", practiceId)
                .param("number", number)
                .query((rs, n) -> new Stored(version(rs, n), rs.getString("content")))
                .optional();
    }

    private static PracticeVersion version(ResultSet rs, int row) throws SQLException {
        return new PracticeVersion(rs.getInt("number"), rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("submitted_by_name"));
    }

    record Stored(PracticeVersion version, String content) {
    }
}
