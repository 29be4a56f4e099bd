package dev.praxis.search.catalog;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.praxis.search.catalog.PracticeSearch.Filters;

import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.AggregationRange;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Every facet of a search, in the order a result lists them. Each says once its name (the request
 * parameter and the key in the result), the field it counts, which practices its chosen values
 * keep, how its values are counted and in what order they are listed. Facet counts ignore the
 * facet's own filter (see {@link FacetFilters}).
 */
enum Facet {

    REGION("region", "regionCode", anyOf(Filters::regions), terms(100), ValueOrder.MOST_FIRST),
    DISTRICT("district", "federalDistrict", anyOf(Filters::districts), terms(20), ValueOrder.MOST_FIRST),
    DIRECTION("direction", "directionCode", anyOf(Filters::directions), terms(50), ValueOrder.MOST_FIRST),
    /** Newest first, as a timeline reads; the 50 newest years, should there ever be more. */
    YEAR("year", "startYear", anyOf(filters -> filters.years().stream().map(String::valueOf).toList()),
            greatestTerms(50), ValueOrder.NEWEST_FIRST),
    /**
     * Ranges over doc values, not range queries: a range query gathers every practice in the band
     * across the whole index before meeting the matches (docs/performance.md).
     */
    BUDGET("budget", "budgetRub",
            (field, search) -> search.filters().budgets().isEmpty() ? Optional.empty()
                    : Optional.of(Query.of(q -> q.bool(b -> b.should(search.filters().budgets().stream().map(BudgetBand::filter).toList())
                            .minimumShouldMatch("1")))),
            field -> Aggregation.of(a -> a.range(r -> r.field(field).keyed(false)
                    .missing(BudgetBand.MISSING).ranges(BudgetBand.ranges()))),
            ValueOrder.MOST_FIRST),
    /** "Replicated" means at least one region has asked to repeat the practice. */
    REPLICATED("replicated", "replicationCount",
            (field, search) -> Optional.ofNullable(search.filters().replicated()).map(replicated -> replicated(field, replicated)),
            field -> Aggregation.of(a -> a.range(r -> r.field(field).keyed(false).ranges(List.of(
                    AggregationRange.of(range -> range.key("false").to(JsonData.of(1))),
                    AggregationRange.of(range -> range.key("true").from(JsonData.of(1))))))),
            ValueOrder.MOST_FIRST),
    /**
     * The year a coordinator recommended the practice for mass replication, newest first: what a
     * visitor looking for proven practices picks. Practices never recommended have no value.
     */
    RECOMMENDED("recommended", "recommendedYear",
            anyOf(filters -> filters.recommended().stream().map(String::valueOf).toList()),
            greatestTerms(50), ValueOrder.NEWEST_FIRST),
    /**
     * Staff only. Staff see published practices unless they ask for other statuses; the facet
     * counts every status they may see, so they see how long each queue is.
     */
    STATUS("status", "status",
            (field, search) -> search.viewer().staff()
                    ? Optional.of(Terms.terms(field, search.filters().statuses().isEmpty()
                            ? PracticeDocument.PUBLISHED : search.filters().statuses()))
                    : Optional.empty(),
            terms(Viewer.STATUSES.size()), ValueOrder.MOST_FIRST) {
        @Override
        boolean shownTo(Viewer viewer) {
            return viewer.staff();
        }
    };

    private final String key;
    private final String field;
    private final FilterRule filter;
    private final Function<String, Aggregation> counted;
    private final ValueOrder order;

    Facet(String key, String field, FilterRule filter, Function<String, Aggregation> counted, ValueOrder order) {
        this.key = key;
        this.field = field;
        this.filter = filter;
        this.counted = counted;
        this.order = order;
    }

    /** The request parameter that filters by this facet, and its key in a result. */
    String key() {
        return key;
    }

    static Optional<Facet> ofKey(String key) {
        return Arrays.stream(values()).filter(facet -> facet.key.equals(key)).findFirst();
    }

    /** Whether the viewer is shown this facet's counts. */
    boolean shownTo(Viewer viewer) {
        return true;
    }

    /** The filter of the search's chosen values of this facet, if it has any. */
    Optional<Query> filter(PracticeSearch search) {
        return filter.of(field, search);
    }

    /** The aggregation that counts this facet's values. */
    Aggregation counted() {
        return counted.apply(field);
    }

    /** The order values are listed in. */
    Comparator<SearchResult.FacetValue> order() {
        return order.comparator;
    }

    @FunctionalInterface
    private interface FilterRule {

        Optional<Query> of(String field, PracticeSearch search);
    }

    private enum ValueOrder {
        /** The values with most practices first, ties by value. */
        MOST_FIRST(Comparator.comparingLong(SearchResult.FacetValue::count).reversed()
                .thenComparing(SearchResult.FacetValue::value)),
        /** The greatest value first, numerically. */
        NEWEST_FIRST(Comparator.comparingLong((SearchResult.FacetValue value) -> Long.parseLong(value.value())).reversed());

        private final Comparator<SearchResult.FacetValue> comparator;

        ValueOrder(Comparator<SearchResult.FacetValue> comparator) {
            this.comparator = comparator;
        }
    }

    /** Practices with any of the chosen values in the facet's keyword field. */
    private static FilterRule anyOf(Function<Filters, List<String>> chosen) {
        return (field, search) -> {
            var values = chosen.apply(search.filters());
            return values.isEmpty() ? Optional.empty() : Optional.of(Terms.terms(field, values));
        };
    }

    /** The most frequent {@code size} values of the facet's keyword field. */
    private static Function<String, Aggregation> terms(int size) {
        return field -> Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    /** The {@code size} greatest values of the facet's field. */
    private static Function<String, Aggregation> greatestTerms(int size) {
        return field -> Aggregation.of(a -> a.terms(t -> t.field(field).size(size).order(Map.of("_key", SortOrder.Desc))));
    }

    private static Query replicated(String field, boolean replicated) {
        Query some = Query.of(q -> q.range(r -> r.field(field).gte(JsonData.of(1))));
        return replicated ? some : Query.of(q -> q.bool(b -> b.mustNot(some)));
    }
}
