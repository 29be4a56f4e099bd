package dev.praxis.registry.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox of practice changes and the feed that reads it (see docs/outbox.md).
 * Writing joins the caller's transaction, so an event exists exactly when its change committed.
 */
@Repository
public class PracticeEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PracticeEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a change of a practice that has left DRAFT: one {@code PracticeChanged} event in
     * the feed, and {@code card} as the practice's latest card for the rebuild snapshot.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(PracticeCard card) {
        var payload = json.writeValueAsString(card);
        jdbc.sql("""
                        insert into practice_events (type, practice_id, practice_version, occurred_at, payload)
                        values (:type, :practiceId, :version, :occurredAt, cast(:payload as jsonb))
                        """)
                .param("type", PracticeEvent.CHANGED)
                .param("practiceId", card.id())
                .param("version", card.version())
                .param("occurredAt", Timestamp.from(Instant.now()))
                .param("payload", payload)
                .update();
        jdbc.sql("""
                        insert into practice_cards (practice_id, version, payload)
                        values (:practiceId, :version, cast(:payload as jsonb))
                        on conflict (practice_id) do update set version = excluded.version, payload = excluded.payload
                        """)
                .param("practiceId", card.id())
                .param("version", card.version())
                .param("payload", payload)
                .update();
    }

    /**
     * Events after {@code cursor} whose transactions are older than every transaction still
     * running: a transaction that has not committed yet can only ever add events after them.
     */
    @Transactional(readOnly = true)
    public Batch after(String cursor, int limit) {
        var from = cursor == null ? EventCursor.START : EventCursor.decode(cursor);
        var events = jdbc.sql("""
                        select e.id, e.tx_id::text as tx_text, e.type, e.practice_id, e.practice_version,
                               e.occurred_at, e.payload::text as payload
                          from practice_events e
                         where e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
                           and (e.tx_id, e.id) > (cast(:txId as text)::xid8, :id)
                         order by e.tx_id, e.id
                         limit :limit
                        """)
                .param("txId", Long.toString(from.txId()))
                .param("id", from.id())
                .param("limit", limit)
                .query(this::event)
                .list();
        var next = events.isEmpty() ? from.encode() : events.getLast().cursor();
        return new Batch(events, next);
    }

    private PracticeEvent event(ResultSet row, int rowNumber) throws SQLException {
        var cursor = new EventCursor(Long.parseLong(row.getString("tx_text")), row.getLong("id"));
        return new PracticeEvent(
                cursor.encode(),
                row.getString("type"),
                row.getObject("practice_id", UUID.class),
                row.getLong("practice_version"),
                row.getTimestamp("occurred_at").toInstant(),
                json.readValue(row.getString("payload"), PracticeCard.class));
    }

    /** A batch of the feed; {@code nextCursor} is where the consumer continues, also when it is empty. */
    public record Batch(List<PracticeEvent> events, String nextCursor) {
    }
}
