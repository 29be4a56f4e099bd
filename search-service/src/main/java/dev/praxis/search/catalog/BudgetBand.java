package dev.praxis.search.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.aggregations.AggregationRange;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/** Budget facet bands, in roubles; the lower bound is inclusive, the upper one exclusive. */
public enum BudgetBand {
    UP_TO_1M("up-to-1m", null, 1_000_000L),
    FROM_1M_TO_10M("1m-10m", 1_000_000L, 10_000_000L),
    FROM_10M_TO_100M("10m-100m", 10_000_000L, 100_000_000L),
    OVER_100M("over-100m", 100_000_000L, null),
    NOT_STATED("not-stated", null, null);

    private final String code;
    private final Long from;
    private final Long to;

    BudgetBand(String code, Long from, Long to) {
        this.code = code;
        this.from = from;
        this.to = to;
    }

    public String code() {
        return code;
    }

    static Optional<BudgetBand> ofCode(String code) {
        return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst();
    }

    /**
     * What a {@code range} aggregation counts a practice without a budget as: below every band,
     * since budgets are never negative, so "not stated" is a range like the others.
     */
    static final int MISSING = -1;

    /** Every band as a range of a {@code range} aggregation keyed by band code (with {@link #MISSING}). */
    static List<AggregationRange> ranges() {
        return Arrays.stream(values())
                .map(band -> AggregationRange.of(r -> {
                    r.key(band.code);
                    if (band == NOT_STATED) {
                        return r.to(JsonData.of(0));
                    }
                    r.from(JsonData.of(band.from == null ? 0 : band.from));
                    if (band.to != null) {
                        r.to(JsonData.of(band.to));
                    }
                    return r;
                }))
                .toList();
    }

    /** The practices whose budget falls in this band. */
    Query filter() {
        if (this == NOT_STATED) {
            return Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field("budgetRub")))));
        }
        return Query.of(q -> q.range(r -> {
            r.field("budgetRub");
            if (from != null) {
                r.gte(JsonData.of(from));
            }
            if (to != null) {
                r.lt(JsonData.of(to));
            }
            return r;
        }));
    }
}
