package dev.praxis.web.catalog;

import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/** The public catalogue in search-service. */
@Component
class Catalogue {

    static final int PAGE_SIZE = 10;

    private final RestClient search;

    Catalogue(@Qualifier("search") RestClient search) {
        this.search = search;
    }

    SearchResult search(CatalogQuery query) {
        return search.get()
                .uri(uri -> {
                    uri.path("/api/v1/practices/search")
                            .queryParam("page", query.zeroBasedPage())
                            .queryParam("size", PAGE_SIZE);
                    if (StringUtils.hasText(query.q())) {
                        uri.queryParam("q", "{q}");
                    }
                    if (StringUtils.hasText(query.region())) {
                        uri.queryParam("region", "{region}");
                    }
                    if (StringUtils.hasText(query.direction())) {
                        uri.queryParam("direction", "{direction}");
                    }
                    // Values go in as URI variables so that spaces, '+' and '&' in a query are encoded.
                    return uri.build(Map.of("q", nullToEmpty(query.q()),
                            "region", nullToEmpty(query.region()), "direction", nullToEmpty(query.direction())));
                })
                .retrieve()
                .body(SearchResult.class);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
