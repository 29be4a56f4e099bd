package dev.praxis.registry.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

/**
 * The latest card of every practice that has left DRAFT, as {@link PracticeEvents#changed}
 * keeps it: the snapshot the search side rebuilds its index from.
 */
@Repository
public class PracticeCards {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PracticeCards(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Up to {@code limit} cards with an id greater than {@code after} (from the first when null), ordered by id. */
    @Transactional(readOnly = true)
    public Page after(UUID after, int limit) {
        // One row more than asked tells whether another page follows.
        // Two statements rather than "is null or": each keeps a plan that walks the primary key.
        var query = after == null
                ? jdbc.sql("select payload::text from practice_cards order by practice_id limit :limit")
                : jdbc.sql("select payload::text from practice_cards where practice_id > :after order by practice_id limit :limit")
                        .param("after", after);
        var cards = query
                .param("limit", limit + 1)
                .query((row, n) -> json.readValue(row.getString(1), PracticeCard.class))
                .list();
        if (cards.size() <= limit) {
            return new Page(cards, null);
        }
        var page = cards.subList(0, limit);
        return new Page(List.copyOf(page), page.getLast().id());
    }

    /** A page of the snapshot; {@code next} is the {@code after} of the following page, null on the last. */
    public record Page(List<PracticeCard> cards, UUID next) {
    }
}
