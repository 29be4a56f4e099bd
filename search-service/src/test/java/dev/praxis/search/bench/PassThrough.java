package dev.praxis.search.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The least a service in front of OpenSearch can cost: an HTTP server that hands each request, bytes
 * unread, to OpenSearch over a pooled blocking client and returns OpenSearch's answer as it came. No
 * parsing, security, mapping or JSON. Searched through it in the same turns as the service, it shows
 * how much of the service's time over OpenSearch direct is the extra hop on this machine (a thread
 * woken to take the request, a second connection, the answer copied back) and how much the service's
 * own work.
 *
 * <p>It runs in the benchmark's JVM, beside the load clients: at the steady rate they are mostly idle.
 */
final class PassThrough implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private final CloseableHttpClient openSearch;
    private final String openSearchUrl;

    private PassThrough(String openSearchUrl) throws IOException {
        this.openSearchUrl = openSearchUrl;
        this.openSearch = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(32).setMaxConnPerRoute(32).build())
                .build();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(workers);
        server.createContext("/", this::forward);
    }

    /** Starts one on a free loopback port. */
    static PassThrough to(String openSearchUrl) throws IOException {
        var passThrough = new PassThrough(openSearchUrl);
        passThrough.server.start();
        return passThrough;
    }

    /** Where to send what would go to OpenSearch. */
    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** An answer OpenSearch could not give ends the exchange without one: the load client counts a failure. */
    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            var request = new HttpUriRequestBase(exchange.getRequestMethod(),
                    URI.create(openSearchUrl + exchange.getRequestURI()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (body.length > 0) {
                var type = exchange.getRequestHeaders().getFirst("Content-Type");
                request.setEntity(new ByteArrayEntity(body, type == null ? null : ContentType.parse(type)));
            }
            openSearch.execute(request, response -> {
                var entity = response.getEntity();
                byte[] answer = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
                if (entity != null && entity.getContentType() != null) {
                    exchange.getResponseHeaders().set("Content-Type", entity.getContentType());
                }
                exchange.sendResponseHeaders(response.getCode(), answer.length == 0 ? -1 : answer.length);
                exchange.getResponseBody().write(answer);
                return null;
            });
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        workers.shutdownNow();
        openSearch.close();
    }
}
