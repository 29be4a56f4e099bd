package dev.praxis.search.catalog;

import java.util.ArrayList;
import java.util.List;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;

/** The sort clauses of each {@link dev.praxis.search.catalog.SortOrder}. */
final class Sorts {

    private Sorts() {
    }

    /** The order's own key first, then the newest, then the id, so paging is stable. */
    static List<SortOptions> of(dev.praxis.search.catalog.SortOrder order) {
        var sorts = new ArrayList<SortOptions>();
        switch (order) {
            case RELEVANCE -> sorts.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
            case SCORE -> sorts.add(descending("expertScore"));
            case REPLICATIONS -> sorts.add(descending("replicationCount"));
            case NEWEST -> {
            }
        }
        sorts.add(descending("publishedAt"));
        sorts.add(descending("updatedAt"));
        // Ties broken by id, so paging is stable.
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sorts;
    }

    private static SortOptions descending(String field) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Desc).missing(FieldValue.of("_last"))));
    }
}
