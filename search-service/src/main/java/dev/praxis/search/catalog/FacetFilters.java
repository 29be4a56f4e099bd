package dev.praxis.search.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * A search's chosen facet values as filters. Each facet's counts are computed under every filter
 * except its own, so choosing one region still shows how many practices the others have.
 */
record FacetFilters(Map<Facet, Query> byFacet, Viewer viewer) {

    /** Names inside a facet counted apart: {@code global} → {@value #MATCHING} ({@code filter}) → {@value #VALUES}. */
    private static final String MATCHING = "matching";
    private static final String VALUES = "values";

    static FacetFilters of(PracticeSearch search) {
        var byFacet = new EnumMap<Facet, Query>(Facet.class);
        for (Facet facet : Facet.values()) {
            facet.filter(search).ifPresent(filter -> byFacet.put(facet, filter));
        }
        return new FacetFilters(Collections.unmodifiableMap(byFacet), search.viewer());
    }

    /** A facet's counted values in a response, whether it was counted apart or not. */
    static Aggregate values(Aggregate facet) {
        return facet.isGlobal()
                ? facet.global().aggregations().get(MATCHING).filter().aggregations().get(VALUES)
                : facet;
    }

    /** What the viewer may see at all: part of the main query, so it limits every count. */
    Query visibility() {
        return visibility(viewer);
    }

    static Query visibility(Viewer viewer) {
        return Terms.terms("status", viewer.statuses());
    }

    /** Every facet's filter, in the facets' order. */
    List<Query> all() {
        return List.copyOf(byFacet.values());
    }

    private List<Query> allBut(Facet facet) {
        return byFacet.entrySet().stream().filter(e -> e.getKey() != facet).map(Map.Entry::getValue).toList();
    }

    /**
     * The counts of every facet the viewer is shown, by facet key, in the facets' order.
     *
     * @param text what the search matches before filters, as the ranking query
     */
    Map<String, Aggregation> aggregations(Query text) {
        var aggregations = new LinkedHashMap<String, Aggregation>();
        for (Facet facet : Facet.values()) {
            if (facet.shownTo(viewer)) {
                aggregations.put(facet.key(), counted(facet, text));
            }
        }
        return aggregations;
    }

    /**
     * A facet: its values counted under every filter but its own. Without a filter of its own
     * that is what the query matched; with one, the text is matched again, unscored, under the
     * other filters ({@code global}, then {@code filter}), which costs a second pass over what
     * the text matches, so only the facets with a chosen value pay it (docs/performance.md).
     */
    private Aggregation counted(Facet facet, Query text) {
        var counted = facet.counted();
        if (!byFacet.containsKey(facet)) {
            return counted;
        }
        Query withoutOwnFilter = Query.of(q -> q.bool(b -> b.filter(text).filter(visibility()).filter(allBut(facet))));
        Aggregation matching = Aggregation.of(a -> a.filter(withoutOwnFilter).aggregations(VALUES, counted));
        return Aggregation.of(a -> a.global(g -> g).aggregations(MATCHING, matching));
    }
}
