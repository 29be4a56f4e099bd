package dev.praxis.search.catalog;

import java.util.List;

/** One page of a search: {@code total} counts every match, {@code hits} are this page's. */
public record SearchResult(long total, int page, int size, List<Hit> hits) {

    /** A found practice with its snippet (HTML-escaped, matches in {@code <em>}). */
    public record Hit(PracticeDocument practice, String snippet) {
    }
}
