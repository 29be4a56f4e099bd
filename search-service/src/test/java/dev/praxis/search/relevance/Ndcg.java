package dev.praxis.search.relevance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain, computed exactly as OpenSearch's {@code _rank_eval}
 * metric {@code dcg} with {@code normalize: true}: gain 2^grade − 1, discount log2(rank + 1),
 * unjudged documents count as 0, and the ideal ranking is the judged grades sorted descending,
 * cut to as many places as the ranking has results (at most k). That last rule is OpenSearch's: a
 * ranking that returns only two results is compared with the best two, not the best ten.
 */
final class Ndcg {

    private Ndcg() {
    }

    static double at(int k, List<String> ranking, Map<String, Integer> grades) {
        int places = Math.min(k, ranking.size());
        double ideal = dcg(grades.values().stream().sorted(Comparator.reverseOrder()).limit(places).toList());
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranking.stream().limit(places).map(id -> grades.getOrDefault(id, 0)).toList()) / ideal;
    }

    private static double dcg(List<Integer> gradesInRankOrder) {
        double sum = 0;
        for (int i = 0; i < gradesInRankOrder.size(); i++) {
            sum += (Math.pow(2, gradesInRankOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
