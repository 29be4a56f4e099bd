package dev.praxis.search.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP for the phases that act as users, with tokens of the demo users from the real Keycloak. */
final class Api {

    /** {@code etag}: the registry's {@code ETag} header (a practice's {@code "<version>"}), null when absent. */
    record Response(int status, JsonNode body, String etag) {
    }

    /** Tokens live five minutes in the realm; a fresh one is fetched well before. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tokenUrl;
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, Instant fetchedAt) {
    }

    Api(String keycloakUrl) {
        this.tokenUrl = keycloakUrl + "/realms/praxis/protocol/openid-connect/token";
    }

    /** A token of a demo user through the public {@code praxis-cli} client (password grant). */
    synchronized String tokenFor(String username) throws IOException, InterruptedException {
        var token = tokens.get(username);
        if (token == null || token.fetchedAt().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            String form = "grant_type=password&client_id=praxis-cli&username=" + encode(username) + "&password=praxis";
            var response = send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (response.status() != 200) {
                throw new IllegalStateException("No token for " + username + ": " + response);
            }
            token = new Token(response.body().get("access_token").asString(), Instant.now());
            tokens.put(username, token);
        }
        return token.value();
    }

    Response get(String url, String token) throws IOException, InterruptedException {
        return send(authorised(HttpRequest.newBuilder(URI.create(url)), token).GET());
    }

    Response post(String url, String token, Object body) throws IOException, InterruptedException {
        return send(posting(url, token, body));
    }

    /**
     * A change of a practice: the registry needs {@code If-Match} with the ETag of the answer the
     * change was made from (docs/lifecycle.md), or it refuses with 428.
     */
    Response post(String url, String token, Object body, String ifMatch) throws IOException, InterruptedException {
        return send(posting(url, token, body).header("If-Match", ifMatch));
    }

    private HttpRequest.Builder posting(String url, String token, Object body) {
        return authorised(HttpRequest.newBuilder(URI.create(url)), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    /** The body of a 2xx response; anything else stops the benchmark with what came back. */
    static JsonNode expectSuccess(Response response, String what) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException(what + " failed: " + response);
        }
        return response.body();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder, String token) {
        builder.timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        JsonNode body = raw == null || raw.isBlank() ? JSON.nullNode() : JSON.readTree(raw);
        return new Response(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
    }
}
