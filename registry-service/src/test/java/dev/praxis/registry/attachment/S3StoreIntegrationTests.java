package dev.praxis.registry.attachment;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The S3 store against a real S3-compatible server: S3Proxy from Maven Central in its own JVM (its
 * Jetty, jclouds and AWS SDK v1 would clash with Boot's classpath), in memory, on a free port.
 * Maven copies its jar to {@code target/s3proxy} and names it in {@code praxis.test.s3proxy-jar}.
 */
class S3StoreIntegrationTests {

    private static final String BUCKET = "praxis-attachments-test";

    private static Process s3proxy;
    private static S3Client client;

    @BeforeAll
    static void startS3Proxy(@TempDir Path work) throws Exception {
        var jar = Path.of(System.getProperty("praxis.test.s3proxy-jar", "target/s3proxy/s3proxy.jar"));
        assertThat(jar).as("S3Proxy's jar, copied by the build before the integration tests").exists();
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var properties = work.resolve("s3proxy.properties");
        Files.writeString(properties, """
                s3proxy.endpoint=http://127.0.0.1:%d
                s3proxy.authorization=aws-v2-or-v4
                s3proxy.identity=praxis
                s3proxy.credential=praxis-secret
                jclouds.provider=transient
                jclouds.identity=praxis
                jclouds.credential=praxis-secret
                """.formatted(port));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        s3proxy = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("s3proxy.log").toFile())
                .start();
        var endpoint = URI.create("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> s3proxy.isAlive() ? accepts(endpoint) : failed(work));
        client = AttachmentStoreConfiguration.s3Client(new AttachmentProperties.S3(endpoint, BUCKET, "us-east-1",
                "praxis", "praxis-secret", true));
        client.createBucket(request -> request.bucket(BUCKET));
    }

    @AfterAll
    static void stopS3Proxy() {
        if (client != null) {
            client.close();
        }
        if (s3proxy != null) {
            s3proxy.destroy();
        }
    }

    @Test
    void roundTripsAFileStreamedFromANonRewindableSource() throws IOException {
        var store = new S3Store(client, BUCKET);
        var bytes = new byte[5 * 1024 * 1024 + 17];
        new Random(42).nextBytes(bytes);

        store.put("practices/p/a", new OneWayStream(new ByteArrayInputStream(bytes)), bytes.length);

        try (var stored = store.open("practices/p/a")) {
            assertThat(stored.readAllBytes()).isEqualTo(bytes);
        }
        store.delete("practices/p/a");
        assertThatThrownBy(() -> store.open("practices/p/a").close()).isInstanceOf(NoSuchKeyException.class);
        store.delete("practices/p/a"); // deleting what is gone is not an error
    }

    private static boolean accepts(URI endpoint) {
        try (var socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return socket.isConnected();
        } catch (IOException notYet) {
            return false;
        }
    }

    private static boolean failed(Path work) throws IOException {
        throw new IllegalStateException("S3Proxy stopped: " + Files.readString(work.resolve("s3proxy.log")));
    }

    /** Like a servlet request's body: it cannot be read twice. */
    private static final class OneWayStream extends FilterInputStream {

        OneWayStream(InputStream in) {
            super(in);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
