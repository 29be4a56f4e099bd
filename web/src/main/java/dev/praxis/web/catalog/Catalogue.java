package dev.praxis.web.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/** The public catalogue in search-service. */
@Component
class Catalogue {

    static final int PAGE_SIZE = 10;
    static final int SUGGESTIONS = 8;
    /** search-service answers at most this many hits by page number ((page + 1) × size ≤ 10 000). */
    static final int MAX_RESULT_WINDOW = 10_000;

    private final RestClient search;

    Catalogue(@Qualifier("search") RestClient search) {
        this.search = search;
    }

    SearchResult search(CatalogQuery query) {
        return search.get()
                .uri(uri -> {
                    uri.path("/api/v1/practices/search");
                    Map<String, Object> values = new LinkedHashMap<>();
                    param(uri, values, "q", query.q() == null ? List.of() : List.of(query.q()));
                    query.filters().forEach((name, chosen) -> param(uri, values, name, chosen));
                    param(uri, values, "sort", query.sort() == null ? List.of() : List.of(query.sort()));
                    param(uri, values, "page", List.of(Math.min(query.zeroBasedPage(), lastPage())));
                    param(uri, values, "size", List.of(PAGE_SIZE));
                    return uri.build(values);
                })
                .retrieve()
                .body(SearchResult.class);
    }

    Suggestions suggest(String typed) {
        return search.get()
                .uri("/api/v1/practices/suggestions?q={q}&size={size}", typed, SUGGESTIONS)
                .retrieve()
                .body(Suggestions.class);
    }

    /** The last 0-based page search-service still answers by number. */
    static int lastPage() {
        return MAX_RESULT_WINDOW / PAGE_SIZE - 1;
    }

    /** Values go in as URI variables so that spaces, '+' and '&' in them are encoded. */
    private static void param(UriBuilder uri, Map<String, Object> values, String name, List<?> chosen) {
        for (Object value : chosen) {
            String variable = "v" + values.size();
            values.put(variable, value);
            uri.queryParam(name, "{" + variable + "}");
        }
    }
}
