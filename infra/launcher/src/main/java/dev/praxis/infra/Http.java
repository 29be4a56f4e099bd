package dev.praxis.infra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The few HTTP calls the launcher makes: health checks, tokens, demo data. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public record Response(int status, String body) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    private Http() {
    }

    /** A GET that reports a refused connection as status 0 instead of throwing. */
    public static Response probe(String url) {
        try {
            return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build());
        } catch (IOException e) {
            return new Response(0, e.toString());
        }
    }

    public static Response postForm(String url, Map<String, String> form) throws IOException {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public static Response postJson(String url, String bearerToken, String json) throws IOException {
        return send(jsonPost(url, bearerToken, json).build());
    }

    /** A change of a resource made from its version {@code etag} (the registry requires {@code If-Match}). */
    public static Response postJson(String url, String bearerToken, String json, String etag) throws IOException {
        return send(jsonPost(url, bearerToken, json).header("If-Match", etag).build());
    }

    /** A whole resource written at once, such as an expert's profile (no If-Match: the registry does not ask for one). */
    public static Response putJson(String url, String bearerToken, String json) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private static HttpRequest.Builder jsonPost(String url, String bearerToken, String json) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private static Response send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
