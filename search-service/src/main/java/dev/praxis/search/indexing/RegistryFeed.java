package dev.praxis.search.indexing;

import org.springframework.web.client.RestClient;

/** The registry's change feed, read as the {@code praxis-search} service account. */
class RegistryFeed {

    static final String PATH = "/internal/v1/practice-events";

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
}
