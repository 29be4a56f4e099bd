package dev.praxis.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NdcgTests {

    @Test
    void isOneWhenTheRankingIsIdeal() {
        assertThat(Ndcg.at(10, List.of("a", "b", "x"), Map.of("a", 3, "b", 1))).isEqualTo(1.0);
    }

    @Test
    void discountsAGoodDocumentFoundLower() {
        // ideal: 7/1 + 1/log2(3); actual: 1/1 + 7/log2(3)
        double ideal = 7 + 1 / log2(3);
        double actual = 1 + 7 / log2(3);

        assertThat(Ndcg.at(10, List.of("b", "a"), Map.of("a", 3, "b", 1))).isCloseTo(actual / ideal, within(1e-12));
    }

    @Test
    void ignoresDocumentsBeyondTheCutOff() {
        assertThat(Ndcg.at(1, List.of("x", "a"), Map.of("a", 3))).isZero();
    }

    @Test
    void comparesAShortRankingWithAnIdealOfTheSameLength() {
        assertThat(Ndcg.at(10, List.of("a"), Map.of("a", 3, "b", 3))).isEqualTo(1.0);
        assertThat(Ndcg.at(10, List.of(), Map.of("a", 3))).isZero();
    }

    @Test
    void countsUnjudgedDocumentsAsIrrelevantAndIdealOnlyFromJudgments() {
        double ideal = 7 + 3 / log2(3);
        double actual = 7 / log2(3);

        assertThat(Ndcg.at(10, List.of("unjudged", "a", "b"), Map.of("a", 3, "b", 2, "c", 0)))
                .isCloseTo((actual + 3 / log2(4)) / ideal, within(1e-12));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
