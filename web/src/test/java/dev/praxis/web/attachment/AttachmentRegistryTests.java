package dev.praxis.web.attachment;

import com.sun.net.httpserver.HttpServer;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.downstream.ServiceProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final UUID BIG = UUID.randomUUID();
    private static final int TWENTY_MB = 20 * 1024 * 1024;

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
        server.createContext("/api/v1/practices/" + BIG + "/attachments", exchange -> {
            try (var body = exchange.getRequestBody()) {
                var bytes = drain(body);
                if ("POST".equals(exchange.getRequestMethod())) {
                    received.put("bigBodyBytes", String.valueOf(bytes));
                }
            }
            if ("GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Content-Type", "application/pdf");
                exchange.sendResponseHeaders(200, TWENTY_MB);
                try (var out = exchange.getResponseBody()) {
                    var chunk = new byte[64 * 1024];
                    for (long sent = 0; sent < TWENTY_MB; sent += chunk.length) {
                        out.write(chunk);
                    }
                }
            } else {
                exchange.sendResponseHeaders(201, -1);
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

    private static long drain(java.io.InputStream in) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }

    /** An uploaded part as Tomcat keeps it: a file on disk, read as a stream. */
    private record FileOnDisk(Path path, String originalName) implements MultipartFile {

        FileOnDisk(Path path, String originalName, byte[] content) throws IOException {
            this(Files.write(path, content), originalName);
        }

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getOriginalFilename() {
            return originalName;
        }

        @Override
        public String getContentType() {
            return "application/octet-stream";
        }

        @Override
        public boolean isEmpty() {
            return getSize() == 0;
        }

        @Override
        public long getSize() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public byte[] getBytes() {
            throw new UnsupportedOperationException("the relay must stream, never read the whole file");
        }

        @Override
        public java.io.InputStream getInputStream() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public void transferTo(java.io.File dest) {
            throw new UnsupportedOperationException();
        }
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

    /**
     * The relay's own cost, in the calling thread (the request thread in the web app): a 20 MB upload from
     * a file on disk, as Tomcat leaves it, and a 20 MB download read through. A buffered body would be 20 MB.
     */
    @Test
    void relaysA20MegabyteFileBothWaysWithoutHoldingIt(@TempDir Path temp) throws IOException {
        var onDisk = temp.resolve("upload.bin");
        try (var out = Files.newOutputStream(onDisk)) {
            var chunk = new byte[64 * 1024];
            for (int written = 0; written < TWENTY_MB; written += chunk.length) {
                out.write(chunk);
            }
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var file = new FileOnDisk(onDisk, "big.pdf");
        registry.upload(BIG, new FileOnDisk(temp.resolve("warm-up.bin"), "w.pdf", new byte[1024])); // warm up

        var before = threads.getCurrentThreadAllocatedBytes();
        registry.upload(BIG, file);
        var uploadAllocated = threads.getCurrentThreadAllocatedBytes() - before;

        before = threads.getCurrentThreadAllocatedBytes();
        long read;
        try (var in = registry.download(BIG, FILE, false).content()) {
            read = drain(in);
        }
        var downloadAllocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(Long.parseLong(received.get("bigBodyBytes"))).isGreaterThan(TWENTY_MB);
        assertThat(read).isEqualTo(TWENTY_MB);
        System.out.printf("web relay of a 20 MB attachment: %.2f MB allocated for the upload, %.2f MB for the download%n",
                uploadAllocated / 1048576.0, downloadAllocated / 1048576.0);
        assertThat(uploadAllocated).isLessThan(5 * 1024 * 1024);
        assertThat(downloadAllocated).isLessThan(5 * 1024 * 1024);
    }

    @Test
    void turnsTheRegistrysRefusalIntoAServiceException() {
        assertThatThrownBy(() -> registry.download(PRACTICE, UUID.randomUUID(), false))
                .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
}
