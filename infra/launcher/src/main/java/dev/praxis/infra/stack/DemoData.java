package dev.praxis.infra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.praxis.infra.Http;
import dev.praxis.infra.StartupFailed;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the demo practices through the registry API, as their authors would: create, submit,
 * and (for most) approve as the coordinator. Entries marked {@code "approve": false} stay in
 * the coordinator's queue.
 */
final class DemoData {

    private static final String RESOURCE = "/demo/practices.json";
    private static final String PASSWORD = "praxis";

    private final ObjectMapper json = new ObjectMapper();
    private final String registryUrl;
    private final String tokenEndpoint;
    private final Map<String, String> tokens = new HashMap<>();
    private int approved;

    DemoData(String registryUrl, String issuerUri) {
        this.registryUrl = registryUrl;
        this.tokenEndpoint = issuerUri + "/protocol/openid-connect/token";
    }

    /** Returns how many practices were created. */
    int load() throws IOException {
        JsonNode entries;
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StartupFailed("demo data " + RESOURCE + " is not on the classpath");
            }
            entries = json.readTree(in);
        }
        for (JsonNode entry : entries) {
            String author = entry.path("author").asText();
            JsonNode created = call("/api/v1/practices", author, entry.path("practice"));
            String id = created.path("id").asText();
            call("/api/v1/practices/" + id + "/submit", author, json.createObjectNode());
            if (entry.path("approve").asBoolean(true)) {
                call("/api/v1/practices/" + id + "/approve", "coordinator",
                        json.createObjectNode().put("comment", entry.path("approvalComment").asText("Одобрено")));
                approved++;
            }
        }
        return entries.size();
    }

    /**
     * Waits until the catalogue shows every approved demo practice, so "running" means the
     * search side has caught up with the registry, not merely that every process answers.
     */
    void awaitInCatalogue(String searchUrl, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long shown = -1;
        while (System.nanoTime() < deadline) {
            var response = Http.probe(searchUrl + "/api/v1/practices/search?size=1");
            if (response.isSuccess()) {
                shown = json.readTree(response.body()).path("total").asLong();
                if (shown >= approved) {
                    return;
                }
            }
            try {
                Thread.sleep(100); // polling the search API with a deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw new StartupFailed("the catalogue shows " + shown + " of " + approved
                + " approved demo practices after " + timeout.toSeconds() + " s; see the search-service log");
    }

    private JsonNode call(String path, String username, JsonNode body) throws IOException {
        var response = Http.postJson(registryUrl + path, token(username), json.writeValueAsString(body));
        if (!response.isSuccess()) {
            throw new StartupFailed("demo data: POST " + path + " as " + username + " answered " + response.status()
                    + ": " + response.body());
        }
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    private String token(String username) throws IOException {
        String cached = tokens.get(username);
        if (cached != null) {
            return cached;
        }
        var response = Http.postForm(tokenEndpoint, Map.of(
                "grant_type", "password", "client_id", "praxis-cli", "username", username, "password", PASSWORD));
        if (!response.isSuccess()) {
            throw new StartupFailed("demo data: no token for " + username + ": " + response.status() + " " + response.body());
        }
        String token = json.readTree(response.body()).path("access_token").asText();
        tokens.put(username, token);
        return token;
    }
}
