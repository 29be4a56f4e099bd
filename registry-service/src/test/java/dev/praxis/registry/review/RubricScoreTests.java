package dev.praxis.registry.review;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The arithmetic of a round, as properties over any weights adding up to 100 and any scores. */
class RubricScoreTests {

    /** A round: some criteria with integer weights adding up to 100, and one to six complete reviews. */
    record Round(Map<String, Integer> weights, List<Map<String, Integer>> reviews) {
    }

    @Provide
    Arbitrary<Round> rounds() {
        return Arbitraries.integers().between(1, 10).flatMap(criteria ->
                weights(criteria).flatMap(weights -> review(weights.keySet().stream().toList())
                        .list().ofMinSize(1).ofMaxSize(6)
                        .map(reviews -> new Round(weights, reviews))));
    }

    /** {@code criteria} positive integer weights adding up to 100: cut 1..99 at distinct points. */
    private static Arbitrary<Map<String, Integer>> weights(int criteria) {
        return Arbitraries.integers().between(1, 99).set().ofSize(criteria - 1).map(cuts -> {
            var points = new ArrayList<>(cuts);
            Collections.sort(points);
            points.add(100);
            var weights = new LinkedHashMap<String, Integer>();
            int previous = 0;
            for (int i = 0; i < points.size(); i++) {
                weights.put("c" + i, points.get(i) - previous);
                previous = points.get(i);
            }
            return weights;
        });
    }

    private static Arbitrary<Map<String, Integer>> review(List<String> criteria) {
        return Arbitraries.integers().between(1, 5).list().ofSize(criteria.size()).map(scores -> {
            var review = new LinkedHashMap<String, Integer>();
            for (int i = 0; i < criteria.size(); i++) {
                review.put(criteria.get(i), scores.get(i));
            }
            return review;
        });
    }

    @Property
    void theAggregateLiesBetweenTheLowestAndHighestExpertAndWithinTheScale(@ForAll("rounds") Round round) {
        var score = new RubricScore(round.weights(), round.reviews());
        var experts = score.reviewScores();
        var aggregate = score.aggregate();
        assertThat(aggregate).isBetween(Collections.min(experts), Collections.max(experts));
        assertThat(aggregate).isBetween(BigDecimal.ONE, BigDecimal.valueOf(5));
        assertThat(aggregate.scale()).isEqualTo(2);
    }

    @Property
    void eachExpertsScoreIsTheirExactWeightedMean(@ForAll("rounds") Round round) {
        var score = new RubricScore(round.weights(), round.reviews());
        for (int i = 0; i < round.reviews().size(); i++) {
            var review = round.reviews().get(i);
            long sum = round.weights().entrySet().stream().mapToLong(w -> (long) w.getValue() * review.get(w.getKey())).sum();
            assertThat(score.reviewScores().get(i)).isEqualByComparingTo(BigDecimal.valueOf(sum).movePointLeft(2));
        }
    }

    @Property
    void aSpreadIsFlaggedExactlyWhenExpertsAreTwoOrMoreApart(@ForAll("rounds") Round round) {
        var score = new RubricScore(round.weights(), round.reviews());
        assertThat(score.spreads()).hasSize(round.weights().size());
        for (var spread : score.spreads()) {
            var given = round.reviews().stream().map(review -> review.get(spread.criterion())).toList();
            assertThat(spread.spread()).isEqualTo(Collections.max(given) - Collections.min(given));
            assertThat(spread.flagged()).isEqualTo(spread.spread() >= 2);
        }
        assertThat(score.disagreement()).isEqualTo(score.spreads().stream().anyMatch(RubricScore.Spread::flagged));
    }

    @Property
    void weightsThatDoNotAddUpTo100AreRefused(@ForAll("rounds") Round round) {
        var broken = new LinkedHashMap<>(round.weights());
        broken.merge(broken.keySet().iterator().next(), 1, Integer::sum);
        assertThatThrownBy(() -> new RubricScore(broken, round.reviews())).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void roundsHalfUpFromTheExactSum() {
        // 3.875 exactly: (500 + 275) / 200
        var weights = Map.of("a", 25, "b", 75);
        var score = new RubricScore(weights, List.of(Map.of("a", 5, "b", 5), Map.of("a", 2, "b", 3)));
        assertThat(score.aggregate()).isEqualByComparingTo("3.88");
        // eight experts, 27 points: 3.375 exactly → 3.38
        var eight = new RubricScore(Map.of("a", 100), List.of(Map.of("a", 4), Map.of("a", 4), Map.of("a", 4),
                Map.of("a", 3), Map.of("a", 3), Map.of("a", 3), Map.of("a", 3), Map.of("a", 3)));
        assertThat(eight.aggregate()).isEqualByComparingTo("3.38");
    }

    @Example
    void noReviewsNoAggregate() {
        var score = new RubricScore(Map.of("a", 100), List.of());
        assertThat(score.aggregate()).isNull();
        assertThat(score.spreads()).isEmpty();
    }
}
