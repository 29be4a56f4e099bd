package dev.praxis.search.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a result list is ordered; every order ends with the id, so paging is stable. */
public enum SortOrder {
    RELEVANCE("relevance"), NEWEST("newest"), SCORE("score"), REPLICATIONS("replications");

    private final String code;

    SortOrder(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * The orders a catalogue page should offer. Sorting by expert score means nothing until
     * practices carry a score (the review workflow brings it), so it is offered only when
     * {@code praxis.search.score-sort} says scores exist; asked for anyway, it still sorts.
     */
    public static List<SortOrder> offered(boolean scoreSort) {
        return Arrays.stream(values()).filter(order -> order != SCORE || scoreSort).toList();
    }

    static Optional<SortOrder> ofCode(String code) {
        return Arrays.stream(values()).filter(order -> order.code.equals(code)).findFirst();
    }
}
