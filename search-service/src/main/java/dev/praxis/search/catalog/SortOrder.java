package dev.praxis.search.catalog;

import java.util.Arrays;
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

    static Optional<SortOrder> ofCode(String code) {
        return Arrays.stream(values()).filter(order -> order.code.equals(code)).findFirst();
    }
}
