package dev.praxis.search;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for registry-service's change feed and Keycloak's token endpoint: serves the events
 * appended by a test, page by page, only to callers presenting the token it issued.
 */
public final class FakeRegistry {

    static final String TOKEN = "feed-token";

    private final HttpServer server;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    /** The registry's {@code practice_cards}: the newest card of each practice, by id. */
    private final java.util.concurrent.ConcurrentSkipListMap<String, Map<String, Object>> cards =
            new java.util.concurrent.ConcurrentSkipListMap<>();
    private volatile java.util.concurrent.CountDownLatch snapshotGate;

    public FakeRegistry() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // One thread per exchange: a held snapshot page must not block the feed.
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/token", this::token);
        server.createContext("/internal/v1/practice-events", this::feed);
        server.createContext("/internal/v1/practice-cards", this::cards);
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public List<String> tokenRequests() {
        return tokenRequests;
    }

    /** Appends a {@code PracticeChanged} event for an approved practice and returns its cursor. */
    public String publish(String practiceId, long version, Map<String, Object> card) {
        return change(practiceId, version, "APPROVED", card);
    }

    /** Appends a {@code PracticeChanged} event with the card in {@code status}; the snapshot keeps the newest. */
    public synchronized String change(String practiceId, long version, String status, Map<String, Object> card) {
        var practice = new LinkedHashMap<String, Object>(card);
        practice.put("id", practiceId);
        practice.put("version", version);
        practice.put("status", status);
        var latest = cards.get(practiceId);
        if (latest == null || ((Number) latest.get("version")).longValue() < version) {
            cards.put(practiceId, practice);
        }
        return append("PracticeChanged", practiceId, version, practice);
    }

    /** Puts a card into the snapshot only, as if its event had been consumed long ago. */
    public void snapshotOnly(String practiceId, long version, Map<String, Object> card) {
        var practice = new LinkedHashMap<String, Object>(card);
        practice.put("id", practiceId);
        practice.put("version", version);
        practice.put("status", "APPROVED");
        cards.put(practiceId, practice);
    }

    /** Calls to the snapshot endpoint wait until this latch opens (a test holding a rebuild mid-way). */
    public void holdSnapshotPages(java.util.concurrent.CountDownLatch gate) {
        this.snapshotGate = gate;
    }

    public String lastCursor() {
        return events.isEmpty() ? null : (String) events.getLast().get("cursor");
    }

    private String append(String type, String practiceId, long version, Map<String, Object> practice) {
        String cursor = "c-" + (events.size() + 1);
        var event = new LinkedHashMap<String, Object>();
        event.put("cursor", cursor);
        event.put("type", type);
        event.put("practiceId", practiceId);
        event.put("version", version);
        event.put("occurredAt", "2026-11-23T10:00:00Z");
        event.put("practice", practice);
        events.add(event);
        return cursor;
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        tokenRequests.add(form);
        respond(exchange, 200, Map.of("access_token", TOKEN, "token_type", "Bearer", "expires_in", 300));
    }

    private void feed(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        String after = query.get("after");
        List<Map<String, Object>> all = List.copyOf(events);
        int from = 0;
        if (after != null) {
            from = all.stream().map(e -> e.get("cursor")).toList().indexOf(after) + 1;
        }
        List<Map<String, Object>> page = new ArrayList<>(all.subList(from, Math.min(all.size(), from + limit)));
        var body = new HashMap<String, Object>();
        body.put("events", page);
        body.put("nextCursor", page.isEmpty() ? after : page.getLast().get("cursor"));
        respond(exchange, 200, body);
    }

    private void cards(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        var gate = snapshotGate;
        if (gate != null) {
            try {
                gate.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        int limit = Integer.parseInt(query.getOrDefault("limit", "500"));
        String after = query.get("after");
        var rest = after == null ? cards : cards.tailMap(after, false);
        List<Map<String, Object>> page = rest.values().stream().limit(limit).toList();
        var body = new HashMap<String, Object>();
        body.put("cards", page);
        body.put("next", page.size() < limit || page.isEmpty() ? null : page.getLast().get("id"));
        respond(exchange, 200, body);
    }

    private static Map<String, String> query(String raw) {
        var params = new HashMap<String, String>();
        if (raw != null) {
            Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2)).forEach(pair -> params.put(
                    URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                    pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
        }
        return params;
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
