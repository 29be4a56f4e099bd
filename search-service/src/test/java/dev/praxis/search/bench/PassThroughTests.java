package dev.praxis.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pass-through must hand OpenSearch the very request and the client the very answer, or it measures something else. */
class PassThroughTests {

    private static final byte[] ANSWER = "{\"responses\":[{\"hits\":{\"total\":{\"value\":0}}}],\"заголовок\":\"МФЦ\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer openSearch;
    private PassThrough passThrough;

    @BeforeEach
    void startOpenSearchStandInAndPassThrough() throws IOException {
        openSearch = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        openSearch.createContext("/", exchange -> {
            try (exchange) {
                received.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
                exchange.sendResponseHeaders(201, ANSWER.length);
                exchange.getResponseBody().write(ANSWER);
            }
        });
        openSearch.start();
        passThrough = PassThrough.to("http://localhost:" + openSearch.getAddress().getPort());
    }

    @AfterEach
    void stop() throws IOException {
        passThrough.close();
        openSearch.stop(0);
    }

    @Test
    void forwardsTheRequestAsSentAndReturnsTheAnswerAsGiven() throws Exception {
        String body = "{\"index\":\"practices\"}\n{\"query\":{\"match\":{\"title\":\"очереди в МФЦ\"}}}\n";
        var response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(passThrough.url() + "/practices/_msearch?request_cache=true&typed_keys=true"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(received.get()).isEqualTo("POST /practices/_msearch?request_cache=true&typed_keys=true "
                + "application/x-ndjson " + body);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        assertThat(response.body()).isEqualTo(ANSWER);
    }
}
