package dev.praxis.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small JSON-over-HTTP client for the end-to-end tests, with tokens from the real Keycloak. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String contentType, JsonNode body, String raw) {

        @Override
        public String toString() {
            return status + " " + contentType + " " + raw;
        }
    }

    private final LocalStack stack;

    Api(LocalStack stack) {
        this.stack = stack;
    }

    /** Signs in through the public {@code praxis-cli} client with a demo user's password. */
    String tokenFor(String username) {
        String form = "grant_type=password&client_id=praxis-cli&username=" + encode(username) + "&password=praxis";
        Response response = send(HttpRequest.newBuilder(URI.create(stack.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.status() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response);
        }
        return response.body().get("access_token").asText();
    }

    Response get(String url, String token) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url)), token).GET());
    }

    Response post(String url, String token, Object body) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url)), token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Response put(String url, String token, Object body) {
        return send(authorised(HttpRequest.newBuilder(URI.create(url)), token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /**
     * A move on a practice made from its current version, as a client that has just read it would:
     * reads the practice's ETag, then posts the move with {@code If-Match}.
     */
    Response move(String practiceUrl, String action, String token, Object body) {
        return send(authorised(HttpRequest.newBuilder(URI.create(practiceUrl + "/" + action)), token)
                .header("Content-Type", "application/json")
                .header("If-Match", etag(practiceUrl, token))
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** Replaces a practice's content, made from its current version. */
    Response revise(String practiceUrl, String token, Object body) {
        return send(authorised(HttpRequest.newBuilder(URI.create(practiceUrl)), token)
                .header("Content-Type", "application/json")
                .header("If-Match", etag(practiceUrl, token))
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    private String etag(String practiceUrl, String token) {
        try {
            HttpResponse<String> current = HTTP.send(authorised(HttpRequest.newBuilder(URI.create(practiceUrl)), token)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return current.headers().firstValue("ETag")
                    .orElseThrow(() -> new IllegalStateException("No ETag on " + practiceUrl + ": " + current.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder, String token) {
        builder.timeout(Duration.ofSeconds(20)).header("Accept", "application/json, application/problem+json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode body = null;
            if (contentType.contains("json") && !response.body().isBlank()) {
                body = JSON.readTree(response.body());
            }
            return new Response(response.statusCode(), contentType, body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
