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
 * a loaded stack's OpenSearch, one at a time, and prints OpenSearch's mean {@code took} for each:
 * the multi-search as the service sends it, never asked before and asked again (request cache);
 * its page of hits and its facets apart, with parts left out (highlighting, the phrase clause);
 * the former single request; then the looser tries, for the queries whose first try found nothing;
 * then each search's whole time, and each query through the service and straight to OpenSearch.
 * A tool for the work in docs/performance.md, run after {@code bench.phases=load}:
 * {@code ./mvnw -pl search-service -Pbench exec:java -Dbench.main=dev.praxis.search.bench.QueryCost
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
            var hits = new ArrayList<ServiceSearchBody.Request>();
            var facets = new ArrayList<ServiceSearchBody.Request>();
            var uncachedTries = new ArrayList<SearchTargets.Tries>();
            for (Query query : queries) {
                var these = SearchTargets.Tries.of(bodies, query);
                uncachedTries.add(these.uncached());
                first.add(these.first());
                var parts = bodies.parts(query);
                hits.add(parts.hits().uncached());
                facets.add(parts.facets());
            }
            var http = HttpClient.newHttpClient();
            var os = stack.openSearchUrl;
            measure(http, os, "as sent (hits + facets), never asked before", first.stream()
                    .map(ServiceSearchBody.Request::uncached).toList(), null);
            measure(http, os, "as sent, asked before (request cache)", first, null);
            for (var variant : hitVariants().entrySet()) {
                measure(http, os, variant.getKey(), hits, variant.getValue());
            }
            measure(http, os, "facets and total alone", facets.stream().map(ServiceSearchBody.Request::uncached).toList(), body -> body);
            measure(http, os, "facets and total alone, asked before", facets, body -> body);
            // As the service asked before the hits and the facets were split.
            var combined = new ArrayList<ServiceSearchBody.Request>();
            for (int i = 0; i < hits.size(); i++) {
                var body = ((ObjectNode) JSON.readTree(hits.get(i).body())).put("track_total_hits", true);
                body.set("aggregations", JSON.readTree(facets.get(i).body()).get("aggregations"));
                combined.add(new ServiceSearchBody.Request(hits.get(i).pathAndQuery(), "application/json", body.toString()));
            }
            measure(http, os, "one search with hits, facets and exact total", combined, null);
            var searches = new ArrayList<List<Sent>>();
            for (var these : uncachedTries) {
                searches.add(sent(http, os, these));
            }
            var looser = searches.stream().flatMap(List::stream).filter(Sent::looser).map(Sent::request).toList();
            System.out.printf("%d of %d queries asked again more loosely, in %d requests%n",
                    searches.stream().filter(search -> search.stream().anyMatch(Sent::looser)).count(), first.size(),
                    looser.size());
            if (!looser.isEmpty()) {
                measure(http, os, "looser tries, where the first found nothing", looser, null);
            }
            slowest(queries, searches);
            var service = oneAtATime(SearchTargets.service(stack.searchUrl), queries);
            var direct = oneAtATime(SearchTargets.openSearch(stack.openSearchUrl, queries, true), queries);
            widestGaps(queries, service, direct);
        }
        System.exit(0);
    }

    /**
     * Mean {@code took} and round trip of the requests, after one unrecorded round (which also fills
     * the request cache for those that ask for it).
     *
     * @param variant changes the JSON body of a single search; null sends the request as it is
     */
    private static void measure(HttpClient http, String openSearchUrl, String name, List<ServiceSearchBody.Request> requests,
                                UnaryOperator<ObjectNode> variant) throws Exception {
        long took = 0;
        long wall = 0;
        int count = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (var request : requests) {
                var sent = variant == null ? request : new ServiceSearchBody.Request(request.pathAndQuery(),
                        request.contentType(), variant.apply((ObjectNode) JSON.readTree(request.body())).toString());
                long started = System.nanoTime();
                JsonNode response = JSON.readTree(send(http, openSearchUrl, sent));
                if (round > 0) {
                    took += response.get("took").asLong();
                    wall += System.nanoTime() - started;
                    count++;
                }
            }
        }
        System.out.printf("%-52s took %6.1f ms   round trip %6.1f ms%n", name, (double) took / count, wall / 1e6 / count);
    }

    /**
     * Each query once through {@code target}, one at a time after an unrecorded round: what a search
     * costs with no other search waiting, so the service's own share shows against OpenSearch direct.
     */
    private static List<Long> oneAtATime(LoadHarness.Target target, List<Query> queries) throws Exception {
        var times = new ArrayList<Long>();
        try (var client = target.connect()) {
            for (int round = 0; round < ROUNDS; round++) {
                for (Query query : queries) {
                    long started = System.nanoTime();
                    if (!client.search(query)) {
                        throw new IllegalStateException(target.name() + " failed «" + query.text() + "»");
                    }
                    if (round > 0) {
                        times.add(System.nanoTime() - started);
                    }
                }
            }
        }
        var sorted = new ArrayList<>(times);
        sorted.sort(null);
        System.out.printf("%-20s one at a time, asked before: p50 %.1f ms, p90 %.1f ms, mean %.1f ms%n", target.name(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 9 / 10) / 1e6,
                sorted.stream().mapToLong(Long::longValue).average().orElseThrow() / 1e6);
        return times;
    }

    /** The queries for which the service takes longest over the same requests sent straight to OpenSearch. */
    private static void widestGaps(List<Query> queries, List<Long> service, List<Long> direct) {
        var gaps = new ArrayList<Integer>();
        for (int i = 0; i < queries.size(); i++) {
            gaps.add(i);
        }
        gaps.sort(java.util.Comparator.comparingLong(i -> direct.get(i) - service.get(i)));
        var all = new ArrayList<Long>();
        for (int i = 0; i < queries.size(); i++) {
            all.add(service.get(i) - direct.get(i));
        }
        all.sort(null);
        System.out.printf("service minus direct, per query: p50 %.1f ms, p90 %.1f ms%n", all.get(all.size() / 2) / 1e6,
                all.get(all.size() * 9 / 10) / 1e6);
        for (int i : gaps.subList(0, 10)) {
            System.out.printf("  %6.1f ms (service %.1f, direct %.1f)  «%s»%s%s%n", (service.get(i) - direct.get(i)) / 1e6,
                    service.get(i) / 1e6, direct.get(i) / 1e6, queries.get(i).text(),
                    queries.get(i).regionCode() == null ? "" : " region " + queries.get(i).regionCode(),
                    queries.get(i).directionCode() == null ? "" : " direction " + queries.get(i).directionCode());
        }
    }

    /** A request the service would send for a search, OpenSearch's answer, and whether it is a looser try. */
    record Sent(ServiceSearchBody.Request request, JsonNode response, boolean looser) {

        /** How many practices it matched: a try's facets answer, or a count's. */
        long found() {
            JsonNode answers = response.get("responses");
            return (answers != null ? answers.get(1) : response).get("hits").get("total").get("value").asLong();
        }
    }

    /** The requests one search takes, in order, each sent once, as {@link SearchTargets#send} sends them. */
    private static List<Sent> sent(HttpClient http, String openSearchUrl, SearchTargets.Tries tries) throws Exception {
        var sent = new ArrayList<Sent>();
        for (var exchange : SearchTargets.send(http, openSearchUrl, tries)) {
            if (!exchange.ok()) {
                throw new IllegalStateException(exchange.response().statusCode() + ": " + exchange.response().body());
            }
            sent.add(new Sent(exchange.request(), JSON.readTree(exchange.response().body()),
                    tries.looser().contains(exchange.request())));
        }
        return sent;
    }

    /** A whole search's OpenSearch time, query by query: its spread, and the slowest queries with what they found. */
    private static void slowest(List<Query> queries, List<List<Sent>> searches) {
        record Cost(Query query, long took, long found, int requests) {
        }
        var costs = new ArrayList<Cost>();
        for (int i = 0; i < searches.size(); i++) {
            var search = searches.get(i);
            long took = search.stream().mapToLong(sent -> sent.response().get("took").asLong()).sum();
            // What the user sees: the last try's, or the first's when only the count followed it.
            var shown = search.stream().filter(sent -> sent.looser() || sent.response().has("responses"))
                    .reduce((a, b) -> b).orElse(search.getFirst());
            costs.add(new Cost(queries.get(i), took, shown.found(), search.size()));
        }
        costs.sort(java.util.Comparator.comparingLong(Cost::took));
        System.out.printf("whole search never asked before, took per query: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                costs.get(costs.size() / 2).took(), costs.get(costs.size() * 9 / 10).took(),
                costs.get(costs.size() * 99 / 100).took(), costs.getLast().took());
        for (var cost : costs.reversed().subList(0, Math.min(12, costs.size()))) {
            System.out.printf("  %4d ms  %6d found%s  «%s»%s%s%n", cost.took(), cost.found(),
                    cost.requests() > 1 ? " (" + cost.requests() + " requests)" : "", cost.query().text(),
                    cost.query().regionCode() == null ? "" : " region " + cost.query().regionCode(),
                    cost.query().directionCode() == null ? "" : " direction " + cost.query().directionCode());
        }
    }

    private static String send(HttpClient http, String openSearchUrl, ServiceSearchBody.Request request) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(openSearchUrl + request.pathAndQuery()))
                .header("Content-Type", request.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(request.body())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"error\"")) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The page of hits alone (never asked before), as sent and with parts left out. */
    private static Map<String, UnaryOperator<ObjectNode>> hitVariants() {
        var variants = new LinkedHashMap<String, UnaryOperator<ObjectNode>>();
        variants.put("hits alone", body -> body);
        variants.put("hits alone, without highlighting", body -> without(body, "highlight"));
        variants.put("hits alone, highlighting title and problem only", body -> {
            if (body.path("highlight").path("fields") instanceof ObjectNode fields) {
                fields.remove("solution");
            }
            return body;
        });
        variants.put("hits alone, without phrase clause", body -> {
            JsonNode must = body.get("query").get("bool").get("must");
            var ranking = (ObjectNode) (must.isArray() ? must.get(0) : must).get("bool");
            if (ranking != null) {
                ranking.remove("should");
            }
            return body;
        });
        variants.put("hits alone, with the exact total", body -> body.put("track_total_hits", true));
        return variants;
    }

    private static ObjectNode without(ObjectNode body, String field) {
        body.remove(field);
        return body;
    }
}
