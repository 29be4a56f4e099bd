package dev.praxis.search.catalog;

import java.util.List;
import java.util.Map;

/**
 * One page of a search: {@code total} counts every match, {@code hits} are this page's,
 * {@code next} continues after them (null on the last page), {@code facets} count values by facet.
 * {@code approximate} is true when no practice had every word of the text, and these hits match
 * some of the words or spellings close to them.
 */
public record SearchResult(long total, int page, int size, SortOrder sort, boolean approximate, PageToken next, List<Hit> hits,
                           Map<String, List<FacetValue>> facets) {

    /** A found practice with its highlighted title and snippet (HTML-escaped, matches in {@code <em>}). */
    public record Hit(PracticeDocument practice, String titleHighlight, String snippet) {
    }

    public record FacetValue(String value, long count) {
    }
}
