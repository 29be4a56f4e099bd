package dev.praxis.registry.audit;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.PracticeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The rows of the audit trail; they are only ever added, never changed. */
@Repository
class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID practiceId, PracticeAction action, PracticeStatus from, PracticeStatus to, Actor actor,
             Instant at, String comment) {
        jdbc.sql("""
                        insert into practice_status_changes
                               (practice_id, action, from_status, to_status, actor, actor_name, at, comment)
                        values (:practiceId, :action, :from, :to, :actor, :actorName, :at, :comment)
                        """)
                .param("practiceId", practiceId)
                .param("action", action == null ? null : action.name())
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("actor", actor.username())
                .param("actorName", actor.name())
                .param("at", Timestamp.from(at))
                .param("comment", comment)
                .update();
    }

    List<AuditEntry> of(UUID practiceId) {
        return jdbc.sql("""
                        select action, from_status, to_status, actor_name, at, comment
                          from practice_status_changes where practice_id = :practiceId order by at, id
                        """)
                .param("practiceId", practiceId)
                .query((row, n) -> new AuditEntry(
                        row.getString("action") == null ? null : PracticeAction.valueOf(row.getString("action")),
                        row.getString("from_status") == null ? null : PracticeStatus.valueOf(row.getString("from_status")),
                        PracticeStatus.valueOf(row.getString("to_status")),
                        row.getString("actor_name"),
                        row.getTimestamp("at").toInstant(),
                        row.getString("comment")))
                .list();
    }
}
