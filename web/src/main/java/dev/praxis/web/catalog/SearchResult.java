package dev.praxis.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;

/** One page of catalogue hits, as search-service answers it; {@code page} is 0-based. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchResult(long total, int page, int size, List<Hit> hits) {

    SearchResult {
        hits = hits == null ? List.of() : List.copyOf(hits);
    }

    int totalPages() {
        return size <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }

    /** {@code snippet} is escaped text with matches in {@code <em>}; render it through {@link Snippets}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hit(String id, String title, String snippet, String regionCode, String regionName, String directionCode,
            String directionName, OffsetDateTime publishedAt) {

        public String safeSnippet() {
            return Snippets.sanitise(snippet);
        }
    }
}
