package dev.praxis.web.catalog;

import dev.praxis.web.ui.Pagination;

/** What a visitor asked the catalogue: words, optional filters and a 1-based page. */
record CatalogQuery(String q, String region, String direction, Integer page) {

    static final int MAX_QUERY_LENGTH = 200;

    int zeroBasedPage() {
        return Pagination.toZeroBased(page == null ? 1 : page);
    }
}
