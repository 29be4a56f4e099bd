package dev.praxis.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * One page of catalogue hits with facet counts, as search-service answers it; {@code page} is 0-based.
 * {@code approximate}: no practice had every word, so the hits match some of them or close spellings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchResult(long total, int page, int size, String sort, Boolean approximate, List<Hit> hits, Facets facets) {

    SearchResult {
        approximate = Boolean.TRUE.equals(approximate);
        hits = hits == null ? List.of() : List.copyOf(hits);
        facets = facets == null ? Facets.none() : facets;
    }

    /** Pages reachable by number: search-service stops at its result window. */
    int totalPages() {
        if (size <= 0) {
            return 0;
        }
        long pages = (total + size - 1) / size;
        return (int) Math.min(pages, Catalogue.MAX_RESULT_WINDOW / size);
    }

    /**
     * {@code titleHighlight} and {@code snippet} are escaped text with matches in {@code <em>};
     * render them only through {@link Snippets}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hit(String id, String title, String titleHighlight, String snippet, String summary, String status,
            String regionCode, String regionName, String federalDistrict, String directionCode,
            String directionName, List<String> tags, Integer startYear, BigDecimal budgetRub,
            Integer replicationCount, Double expertScore, OffsetDateTime publishedAt, String language) {

        Hit {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        public String safeTitle() {
            return titleHighlight == null ? HtmlUtils.htmlEscape(title == null ? "" : title)
                    : Snippets.sanitise(titleHighlight);
        }

        public String safeSnippet() {
            return Snippets.sanitise(snippet);
        }

        public boolean hasSnippet() {
            return snippet != null && !snippet.isBlank();
        }
    }

    /** Counts per facet value; each facet counts with every other filter applied but not its own. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Facets(List<Count> region, List<Count> district, List<Count> direction, List<Count> year,
            List<Count> budget, List<Count> status, List<Count> replicated) {

        Facets {
            region = orEmpty(region);
            district = orEmpty(district);
            direction = orEmpty(direction);
            year = orEmpty(year);
            budget = orEmpty(budget);
            status = orEmpty(status);
            replicated = orEmpty(replicated);
        }

        static Facets none() {
            return new Facets(null, null, null, null, null, null, null);
        }

        List<Count> named(String facet) {
            return switch (facet) {
                case "region" -> region;
                case "district" -> district;
                case "direction" -> direction;
                case "year" -> year;
                case "budget" -> budget;
                case "status" -> status;
                case "replicated" -> replicated;
                default -> throw new IllegalArgumentException("No facet " + facet);
            };
        }

        private static List<Count> orEmpty(List<Count> counts) {
            return counts == null ? List.of() : List.copyOf(counts);
        }
    }

    /** A facet value is a code, a year or a boolean in the JSON; the web side only needs its text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Count(String value, long count) {
    }
}
