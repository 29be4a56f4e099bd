package dev.praxis.registry.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a round (docs/review.md, "The aggregate"), a pure value. Each review's score
 * is the weighted mean of its criteria, Σ(weight × score) / 100: with integer weights adding up to
 * 100 it is exact in two decimals. The aggregate is the mean of the reviews' scores, computed from
 * the exact integer sum Σ over reviews of Σ(weight × score), divided by 100 × reviews and rounded
 * once, half up, to two decimals. A criterion's spread is its highest score minus its lowest
 * across the reviews; a spread of {@value #WIDE_SPREAD} or more is flagged.
 *
 * @param weights criterion code → weight, adding up to 100
 * @param reviews each review's criterion code → score (1–5), every criterion scored
 */
public record RubricScore(Map<String, Integer> weights, List<Map<String, Integer>> reviews) {

    /** Experts this far apart on one criterion disagree; the coordinator should look. */
    public static final int WIDE_SPREAD = 2;
    private static final int SCALE = 2;

    public RubricScore {
        weights = Map.copyOf(weights);
        reviews = reviews.stream().<Map<String, Integer>>map(Map::copyOf).toList();
        if (weights.values().stream().mapToInt(Integer::intValue).sum() != Rubric.TOTAL_WEIGHT) {
            throw new IllegalArgumentException("weights must add up to " + Rubric.TOTAL_WEIGHT);
        }
        for (var review : reviews) {
            if (!review.keySet().equals(weights.keySet())) {
                throw new IllegalArgumentException("every review scores every criterion");
            }
        }
    }

    /** Each review's weighted score, in the order of {@link #reviews}; exact (two decimals at most). */
    public List<BigDecimal> reviewScores() {
        return reviews.stream().map(review -> BigDecimal.valueOf(weightedSum(review), SCALE)).toList();
    }

    /** The mean of the reviews' weighted scores, two decimals, half up; null without reviews. */
    public BigDecimal aggregate() {
        if (reviews.isEmpty()) {
            return null;
        }
        long total = reviews.stream().mapToLong(this::weightedSum).sum();
        return BigDecimal.valueOf(total)
                .divide(BigDecimal.valueOf((long) Rubric.TOTAL_WEIGHT * reviews.size()), SCALE, RoundingMode.HALF_UP);
    }

    /** Each criterion's lowest and highest score across the reviews; empty without reviews. */
    public List<Spread> spreads() {
        if (reviews.isEmpty()) {
            return List.of();
        }
        var spreads = new ArrayList<Spread>();
        for (var code : weights.keySet().stream().sorted().toList()) {
            int min = reviews.stream().mapToInt(review -> review.get(code)).min().orElseThrow();
            int max = reviews.stream().mapToInt(review -> review.get(code)).max().orElseThrow();
            spreads.add(new Spread(code, min, max));
        }
        return spreads;
    }

    /** Whether any criterion's spread is flagged. */
    public boolean disagreement() {
        return spreads().stream().anyMatch(Spread::flagged);
    }

    private long weightedSum(Map<String, Integer> review) {
        return weights.entrySet().stream().mapToLong(weight -> (long) weight.getValue() * review.get(weight.getKey())).sum();
    }

    /** How far the experts are apart on one criterion. */
    public record Spread(String criterion, int min, int max) {

        public int spread() {
            return max - min;
        }

        public boolean flagged() {
            return spread() >= WIDE_SPREAD;
        }
    }
}
