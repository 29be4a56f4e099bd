package dev.praxis.web.catalog;

import dev.praxis.web.ui.Pagination;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asked the catalogue: words, facet filters (each repeatable), a sort and a
 * 1-based page. Every choice lives in the URL, so a search can be bookmarked and shared.
 */
record CatalogQuery(String q, List<String> region, List<String> district, List<String> direction,
        List<String> year, List<String> budget, List<String> replicated, List<String> status, String sort,
        Integer page) {

    static final int MAX_QUERY_LENGTH = 1000;
    static final List<String> SORTS = List.of("relevance", "newest", "score", "replications");

    CatalogQuery {
        q = StringUtils.hasText(q) ? q.strip() : null;
        region = chosen(region);
        district = chosen(district);
        direction = chosen(direction);
        year = chosen(year);
        budget = chosen(budget);
        replicated = chosen(replicated);
        status = chosen(status);
        sort = sort != null && SORTS.contains(sort) ? sort : null;
    }

    int zeroBasedPage() {
        return Pagination.toZeroBased(page == null ? 1 : page);
    }

    /** The sort the results are in: the visitor's choice, or the service's default for the query. */
    public String effectiveSort() {
        if (sort != null) {
            return sort;
        }
        return q == null ? "newest" : "relevance";
    }

    /** The filters by facet name, as search-service and the URL name them. */
    Map<String, List<String>> filters() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("region", region);
        filters.put("district", district);
        filters.put("direction", direction);
        filters.put("year", year);
        filters.put("budget", budget);
        filters.put("replicated", replicated);
        filters.put("status", status);
        return filters;
    }

    public boolean hasFilters() {
        return activeFilterCount() > 0;
    }

    /** How many values are ticked across every facet, as the filters' toggle shows it. */
    public int activeFilterCount() {
        return filters().values().stream().mapToInt(List::size).sum();
    }

    /** The same search without the status filter, which only staff may use. */
    CatalogQuery withoutStatus() {
        return new CatalogQuery(q, region, district, direction, year, budget, replicated, List.of(), sort, page);
    }

    /** The link to another page of the same search. */
    public String pageUrl(int onePage) {
        return link(true, onePage);
    }

    /** The link that keeps the words and drops every filter. */
    public String withoutFiltersUrl() {
        return link(false, null);
    }

    private String link(boolean withFilters, Integer onePage) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (q != null) {
            params.put("q", List.of(q));
        }
        if (withFilters) {
            params.putAll(filters());
            if (sort != null) {
                params.put("sort", List.of(sort));
            }
        }
        if (onePage != null) {
            params.put("page", List.of(Integer.toString(onePage)));
        }
        // Values go in as URI variables, so '+', '&' and '#' in them are encoded strictly.
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/");
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((name, list) -> list.forEach(value -> {
            String variable = "v" + values.size();
            values.put(variable, value);
            url.queryParam(name, "{" + variable + "}");
        }));
        return url.encode().buildAndExpand(values).toUriString();
    }

    private static List<String> chosen(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(StringUtils::hasText).distinct()
                        .toList();
    }
}
