package dev.praxis.search.relevance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The few OpenSearch calls the measurement needs, over plain HTTP: create an index, bulk-load
 * the corpus, and evaluate a query set with {@code _rank_eval}.
 */
final class OpenSearchRanking {

    /** One query's figure from {@code _rank_eval} and the ranking it was computed from. */
    record Evaluation(double ndcg, List<String> ranking) {
    }

    private final String url;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    OpenSearchRanking(String url, JsonMapper json) {
        this.url = url;
        this.json = json;
    }

    void recreateIndex(String index, JsonNode settings, JsonNode mappings) {
        send("DELETE", "/" + index + "?ignore_unavailable=true", null);
        var body = json.createObjectNode();
        body.set("settings", settings);
        body.set("mappings", mappings);
        send("PUT", "/" + index, json.writeValueAsString(body));
    }

    void load(String index, List<? extends JsonNode> documents) {
        var bulk = new StringBuilder();
        for (JsonNode document : documents) {
            bulk.append("{\"index\":{\"_id\":").append(json.writeValueAsString(document.get("id"))).append("}}\n")
                    .append(json.writeValueAsString(document)).append('\n');
        }
        JsonNode response = send("POST", "/" + index + "/_bulk?refresh=true", bulk.toString());
        if (response.get("errors").asBoolean()) {
            throw new IllegalStateException("Bulk load into " + index + " failed: " + response);
        }
    }

    /** nDCG@k of every query, by {@code _rank_eval} (metric {@code dcg}, normalised). */
    Map<String, Evaluation> evaluate(String index, List<JudgedQuery> queries, int k, Function<String, String> queryJson) {
        var body = json.createObjectNode();
        var requests = body.putArray("requests");
        for (JudgedQuery query : queries) {
            ObjectNode request = requests.addObject().put("id", query.id());
            request.putObject("request").set("query", json.readTree(queryJson.apply(query.text())));
            var ratings = request.putArray("ratings");
            query.ratings().forEach((id, grade) -> ratings.addObject().put("_index", index).put("_id", id).put("rating", grade));
        }
        body.putObject("metric").putObject("dcg").put("k", k).put("normalize", true);
        JsonNode response = send("POST", "/" + index + "/_rank_eval", json.writeValueAsString(body));
        if (!response.path("failures").isEmpty()) {
            throw new IllegalStateException("_rank_eval failed: " + response.get("failures"));
        }
        var evaluations = new LinkedHashMap<String, Evaluation>();
        for (JudgedQuery query : queries) {
            JsonNode detail = response.get("details").get(query.id());
            List<String> ranking = detail.get("hits").valueStream().map(hit -> hit.get("hit").get("_id").asString()).toList();
            evaluations.put(query.id(), new Evaluation(detail.get("metric_score").asDouble(), ranking));
        }
        return evaluations;
    }

    private JsonNode send(String method, String path, String body) {
        var request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }
}
