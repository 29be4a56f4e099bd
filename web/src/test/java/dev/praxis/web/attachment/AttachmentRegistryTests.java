package dev.praxis.web.attachment;

import com.sun.net.httpserver.HttpServer;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.downstream.ServiceProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The streaming client against a stand-in registry on a real socket: what goes over the wire. */
class AttachmentRegistryTests {

    private static final UUID PRACTICE = UUID.randomUUID();
    private static final UUID FILE = UUID.randomUUID();

    private HttpServer server;
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private AttachmentRegistry registry;

    @BeforeEach
    void standInRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/practices/" + PRACTICE + "/attachments", exchange -> {
            received.put("method", exchange.getRequestMethod());
            received.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            received.put("contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (exchange.getRequestURI().getPath().endsWith("/" + FILE)) {
                var bytes = "%PDF-1.4 stored".getBytes(StandardCharsets.US_ASCII);
                exchange.getResponseHeaders().add("Content-Type", "application/pdf");
                exchange.getResponseHeaders().add("Content-Disposition", "attachment; filename*=UTF-8''%D0%A0.pdf");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            } else if (exchange.getRequestURI().getPath().endsWith("/attachments")) {
                var body = "{\"id\":\"" + FILE + "\"}";
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, body.length());
                exchange.getResponseBody().write(body.getBytes(StandardCharsets.US_ASCII));
            } else {
                var problem = "{\"type\":\"https://praxis.dev/problems/not-found\",\"status\":404,\"detail\":\"x\"}";
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(404, problem.length());
                exchange.getResponseBody().write(problem.getBytes(StandardCharsets.US_ASCII));
            }
            exchange.close();
        });
        server.start();
        var url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        var token = mock(BearerToken.class);
        given(token.current()).willReturn(Optional.of("user-token"));
        RestClient.ResponseSpec.ErrorHandler problems = (request, response) -> {
            throw new ServiceException.Refused(response.getStatusCode().value(),
                    new dev.praxis.web.downstream.Problem(null, null, null, null, null, null, null));
        };
        registry = new AttachmentRegistry(RestClient.create(url.toString()), RestClient.builder(),
                new ServiceProperties(url, url, url), problems, token);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheFileAsMultipartWithTheUsersTokenAndItsName() throws IOException {
        var content = "%PDF-1.4 regulation";
        registry.upload(PRACTICE, new MockMultipartFile("file", "Регламент МФЦ.pdf", "application/pdf",
                content.getBytes(StandardCharsets.UTF_8)));

        assertThat(received.get("method")).isEqualTo("POST");
        assertThat(received.get("authorization")).isEqualTo("Bearer user-token");
        assertThat(received.get("contentType")).startsWith("multipart/form-data");
        assertThat(received.get("body"))
                .contains("name=\"file\"")
                .contains("Регламент МФЦ.pdf")
                .contains(content);
    }

    @Test
    void streamsADownloadWithTheRegistrysHeaders() throws IOException {
        var download = registry.download(PRACTICE, FILE, false);

        try (var in = download.content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 stored");
        }
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.contentLength()).isEqualTo(15);
        assertThat(download.contentDisposition()).isEqualTo("attachment; filename*=UTF-8''%D0%A0.pdf");
        assertThat(received.get("authorization")).isEqualTo("Bearer user-token");
    }

    @Test
    void turnsTheRegistrysRefusalIntoAServiceException() {
        assertThatThrownBy(() -> registry.download(PRACTICE, UUID.randomUUID(), false))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
