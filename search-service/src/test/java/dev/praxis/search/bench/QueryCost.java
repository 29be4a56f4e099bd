package dev.praxis.search.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.praxis.search.bench.PracticeGenerator.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a search's time goes: sends the service's requests for the benchmark's queries straight to
 * a loaded stack's OpenSearch, one at a time, whole and with parts left out (facets, highlighting,
 * the exact total, the phrase clause), and prints OpenSearch's mean {@code took} for each; then the
 * relaxed second try, for the queries whose first try found nothing.
 * A tool for the work in docs/performance.md, run after {@code bench.phases=load}:
 * {@code ./mvnw -pl search-service -Pbench exec:java -Dexec.mainClass=dev.praxis.search.bench.QueryCost
 * -Dbench.ready-file=…}.
 */
public final class QueryCost {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 2;

    public static void main(String[] args) throws Exception {
        var stack = BenchStack.attach(Path.of(System.getProperty("bench.ready-file")));
        int practices = Integer.getInteger("bench.practices", 100_000);
        // The same queries as the benchmark's: same seed, same draws before them.
        try (var tables = new RegistryTables(stack.jdbcUrl, stack.jdbcUsername, stack.jdbcPassword)) {
            var generator = new PracticeGenerator(SearchBenchmark.SEED, tables.regions(), tables.directions());
            generator.skip(practices);
            var queries = generator.queries(Integer.getInteger("bench.queries", 200));
            var bodies = new ServiceSearchBody();
            var first = new ArrayList<ServiceSearchBody.Request>();
            var second = new ArrayList<ServiceSearchBody.Request>();
            for (Query query : queries) {
                first.add(bodies.of(query));
                second.add(bodies.relaxed(query));
            }
            var http = HttpClient.newHttpClient();
            for (var variant : variants().entrySet()) {
                measure(http, stack.openSearchUrl, variant.getKey(), first, variant.getValue());
            }
            var relaxed = new ArrayList<ServiceSearchBody.Request>();
            for (int i = 0; i < first.size(); i++) {
                var firstTry = send(http, stack.openSearchUrl, first.get(i), JSON.readTree(first.get(i).body()));
                if (second.get(i) != null && SearchTargets.textMatchedNothing(firstTry)) {
                    relaxed.add(second.get(i));
                }
            }
            System.out.printf("%d of %d queries matched nothing at the first try%n", relaxed.size(), first.size());
            if (!relaxed.isEmpty()) {
                measure(http, stack.openSearchUrl, "second try, where the first found nothing", relaxed, body -> body);
            }
        }
        System.exit(0);
    }

    /** Mean {@code took} and round trip of the requests changed by {@code variant}, after one unrecorded round. */
    private static void measure(HttpClient http, String openSearchUrl, String name, List<ServiceSearchBody.Request> requests,
                                UnaryOperator<ObjectNode> variant) throws Exception {
        long took = 0;
        long wall = 0;
        int count = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (var request : requests) {
                var body = variant.apply((ObjectNode) JSON.readTree(request.body()));
                long started = System.nanoTime();
                JsonNode response = JSON.readTree(send(http, openSearchUrl, request, body));
                if (round > 0) {
                    took += response.get("took").asLong();
                    wall += System.nanoTime() - started;
                    count++;
                }
            }
        }
        System.out.printf("%-48s took %6.1f ms   round trip %6.1f ms%n", name, (double) took / count, wall / 1e6 / count);
    }

    private static String send(HttpClient http, String openSearchUrl, ServiceSearchBody.Request request, JsonNode body)
            throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(openSearchUrl + request.pathAndQuery()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static Map<String, UnaryOperator<ObjectNode>> variants() {
        var variants = new LinkedHashMap<String, UnaryOperator<ObjectNode>>();
        variants.put("first try, as the service sends it", body -> body);
        variants.put("without highlighting", body -> without(body, "highlight"));
        variants.put("without facets", body -> without(body, "aggregations"));
        variants.put("without exact total", body -> body.put("track_total_hits", false));
        variants.put("without phrase clause", body -> {
            JsonNode must = body.get("query").get("bool").get("must");
            var ranking = (ObjectNode) (must.isArray() ? must.get(0) : must).get("bool");
            if (ranking != null) {
                ranking.remove("should");
            }
            return body;
        });
        variants.put("ranking only (no facets, highlight, total)",
                body -> without(without(body, "aggregations"), "highlight").put("track_total_hits", false));
        return variants;
    }

    private static ObjectNode without(ObjectNode body, String field) {
        body.remove(field);
        return body;
    }
}
