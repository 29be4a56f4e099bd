package dev.praxis.infra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.praxis.infra.Http;
import dev.praxis.infra.StartupFailed;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo practices through the registry API, as their authors and coordinators would.
 * {@code practices.json}: created, submitted and (for most) screened, reviewed and approved; an
 * entry marked {@code "approve": false} stays in the coordinator's queue. {@code
 * practices-in-progress.json}: practices in every other status of the lifecycle, each reached by
 * the moves its entry lists (who makes each move, and the reason given). {@code experts.json}: the
 * demo experts' profiles, each written by the expert themselves.
 */
final class DemoData {

    private static final String RESOURCE = "/demo/practices.json";
    private static final String IN_PROGRESS = "/demo/practices-in-progress.json";
    private static final String EXPERTS = "/demo/experts.json";
    private static final List<String> TO_APPROVAL = List.of("submit", "start-screening", "start-review", "approve");
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
        int created = 0;
        for (JsonNode entry : read(RESOURCE)) {
            String author = entry.path("author").asText();
            Version practice = create(author, entry.path("practice"));
            boolean approve = entry.path("approve").asBoolean(true);
            for (String action : approve ? TO_APPROVAL : TO_APPROVAL.subList(0, 1)) {
                String by = action.equals("submit") ? author : "coordinator";
                ObjectNode body = json.createObjectNode();
                if (action.equals("approve")) {
                    body.put("comment", entry.path("approvalComment").asText("Одобрено"));
                }
                practice = move(practice, action, by, body);
            }
            if (approve) {
                approved++;
            }
            created++;
        }
        for (JsonNode entry : read(IN_PROGRESS)) {
            String author = entry.path("author").asText();
            Version practice = create(author, entry.path("practice"));
            for (JsonNode move : entry.path("moves")) {
                String action = move.path("action").asText();
                ObjectNode body = json.createObjectNode();
                if (move.hasNonNull("comment")) {
                    body.put("comment", move.path("comment").asText());
                }
                if (move.hasNonNull("year")) {
                    body.put("year", move.path("year").asInt());
                }
                practice = move(practice, action, move.path("by").asText(author), body);
                if (action.equals("approve")) {
                    approved++;
                }
                if (action.equals("archive")) {
                    approved--;
                }
            }
            created++;
        }
        for (JsonNode expert : read(EXPERTS)) {
            String username = expert.path("username").asText();
            var response = Http.putJson(registryUrl + "/api/v1/experts/me", token(username),
                    json.writeValueAsString(expert.path("profile")));
            if (!response.isSuccess()) {
                throw new StartupFailed("demo data: PUT /api/v1/experts/me as " + username + " answered "
                        + response.status() + ": " + response.body());
            }
        }
        return created;
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StartupFailed("demo data " + resource + " is not on the classpath");
            }
            return json.readTree(in);
        }
    }

    /** A practice as of one version: what the next change names in its {@code If-Match}. */
    private record Version(String id, long version) {
    }

    private Version create(String author, JsonNode practice) throws IOException {
        JsonNode created = call("/api/v1/practices", author, practice, null);
        return new Version(created.path("id").asText(), created.path("version").asLong());
    }

    private Version move(Version practice, String action, String username, JsonNode body) throws IOException {
        JsonNode moved = call("/api/v1/practices/" + practice.id() + "/" + action, username, body,
                "\"" + practice.version() + "\"");
        return new Version(practice.id(), moved.path("version").asLong());
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

    private JsonNode call(String path, String username, JsonNode body, String etag) throws IOException {
        String payload = json.writeValueAsString(body);
        var response = etag == null ? Http.postJson(registryUrl + path, token(username), payload)
                : Http.postJson(registryUrl + path, token(username), payload, etag);
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
