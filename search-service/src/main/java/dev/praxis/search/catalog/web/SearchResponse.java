package dev.praxis.search.catalog.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.praxis.search.catalog.SearchResult;

/**
 * Body of {@code GET /api/v1/practices/search}, as in docs/contracts.md. {@code sorts}: the orders
 * a page should offer (see {@link dev.praxis.search.catalog.SortOrder#offered}).
 */
record SearchResponse(long total, int page, int size, String sort, boolean approximate, String next, List<Hit> hits,
                      Map<String, List<SearchResult.FacetValue>> facets, List<String> sorts) {

    /** {@code language} is the practice text's (ru, en), so a page can mark it for screen readers. */
    record Hit(String id, String title, String titleHighlight, String snippet, String summary, String status,
               String regionCode, String regionName, String federalDistrict, String directionCode,
               String directionName, List<String> tags, Integer startYear, BigDecimal budgetRub,
               int replicationCount, BigDecimal expertScore, Instant publishedAt, String language) {
    }
}
