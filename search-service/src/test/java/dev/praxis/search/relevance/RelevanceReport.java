package dev.praxis.search.relevance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The side-by-side table: mean nDCG@10 per query class and overall, one column per ranking. */
final class RelevanceReport {

    static final String OVERALL = "overall";

    private final List<JudgedQuery> queries;
    private final Map<String, Map<String, Double>> columns = new LinkedHashMap<>();

    RelevanceReport(List<JudgedQuery> queries) {
        this.queries = queries;
    }

    RelevanceReport column(String name, Map<String, Double> ndcgByQuery) {
        columns.put(name, ndcgByQuery);
        return this;
    }

    double mean(String column, String queryClass) {
        Map<String, Double> ndcg = columns.get(column);
        return queries.stream()
                .filter(query -> OVERALL.equals(queryClass) || query.queryClass().equals(queryClass))
                .mapToDouble(query -> ndcg.get(query.id()))
                .average().orElseThrow();
    }

    String table() {
        var classes = queries.stream().map(JudgedQuery::queryClass).distinct().toList();
        var table = new StringBuilder("mean nDCG@10\n");
        table.append(String.format(Locale.ROOT, "%-16s %7s", "query class", "queries"));
        columns.keySet().forEach(name -> table.append(String.format(Locale.ROOT, " %11s", name)));
        table.append('\n');
        for (String queryClass : classes) {
            row(table, queryClass, queries.stream().filter(query -> query.queryClass().equals(queryClass)).count());
        }
        row(table, OVERALL, queries.size());
        return table.toString();
    }

    private void row(StringBuilder table, String queryClass, long count) {
        table.append(String.format(Locale.ROOT, "%-16s %7d", queryClass, count));
        columns.keySet().forEach(name -> table.append(String.format(Locale.ROOT, " %11.4f", mean(name, queryClass))));
        table.append('\n');
    }
}
