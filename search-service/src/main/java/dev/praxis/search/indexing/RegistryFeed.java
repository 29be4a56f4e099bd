package dev.praxis.search.indexing;

import org.springframework.web.client.RestClient;

/** The registry's change feed, read as the {@code praxis-search} service account. */
class RegistryFeed {

    static final String PATH = "/internal/v1/practice-events";
    static final String CARDS_PATH = "/internal/v1/practice-cards";

    private final RestClient registry;

    RegistryFeed(RestClient registry) {
        this.registry = registry;
    }

    /** Events after {@code cursor}; a null cursor reads from the beginning. */
    FeedPage eventsAfter(String cursor, int limit) {
        FeedPage page = registry.get()
                .uri(uri -> {
                    uri.path(PATH).queryParam("limit", limit);
                    // The cursor is opaque: pass it as a URI variable so it is fully encoded.
                    return cursor == null ? uri.build() : uri.queryParam("after", "{after}").build(cursor);
                })
                .retrieve()
                .body(FeedPage.class);
        return page == null ? new FeedPage(null, cursor) : page;
    }

    /** The latest card of every non-draft practice, by id, after {@code after} (null: from the first). */
    CardsPage cardsAfter(String after, int limit) {
        CardsPage page = registry.get()
                .uri(uri -> {
                    uri.path(CARDS_PATH).queryParam("limit", limit);
                    return after == null ? uri.build() : uri.queryParam("after", "{after}").build(after);
                })
                .retrieve()
                .body(CardsPage.class);
        return page == null ? new CardsPage(java.util.List.of(), null) : page;
    }

    record CardsPage(java.util.List<PracticeEvent.Card> cards, String next) {

        CardsPage {
            cards = cards == null ? java.util.List.of() : java.util.List.copyOf(cards);
        }
    }
}
