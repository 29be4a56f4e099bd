package dev.praxis.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One real OpenSearch node per test JVM, started by the launcher in a JVM of its own: in this one
 * its log4j and Jackson would clash with Spring Boot's. The node ends when this JVM does (its
 * standard input closes, and it is sent SIGTERM).
 */
public final class OpenSearchTestNode {

    private static final Duration STARTUP_DEADLINE = Duration.ofSeconds(90);
    private static String url;

    private OpenSearchTestNode() {
    }

    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    private static String start() {
        Path repoRoot = Path.of(System.getProperty("praxis.repo-root", "..")).toAbsolutePath().normalize();
        Path launcher = repoRoot.resolve("infra/launcher/target/praxis-launcher.jar");
        if (!Files.isRegularFile(launcher)) {
            throw new IllegalStateException("Build the launcher first (./mvnw -pl infra/launcher package): " + launcher);
        }
        Path work = repoRoot.resolve("search-service/target/opensearch-it");
        Path readyFile = work.resolve("ready.properties");
        Path log = work.resolve("opensearch.log");
        try {
            deleteRecursively(work);
            Files.createDirectories(work);
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Process node = new ProcessBuilder(java, "-Xmx512m", "-jar", launcher.toString(), "opensearch",
                    "--base-path", work.resolve("node").toString(),
                    "--http-port", System.getProperty("praxis.it.opensearch-port", "19250"),
                    "--ready-file", readyFile.toString(),
                    "--exit-on-stdin-eof")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node)));
            return awaitReady(node, readyFile, log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start OpenSearch through " + launcher, e);
        }
    }

    private static String awaitReady(Process node, Path readyFile, Path log) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP_DEADLINE);
        while (!Files.exists(readyFile)) {
            if (!node.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + node.exitValue() + ":\n" + tail(log));
            }
            if (Instant.now().isAfter(deadline)) {
                stop(node);
                throw new IllegalStateException("OpenSearch not ready within " + STARTUP_DEADLINE + ":\n" + tail(log));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for OpenSearch", e);
            }
        }
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(readyFile)) {
            properties.load(in);
        }
        return properties.getProperty("opensearch.url");
    }

    private static void stop(Process node) {
        try {
            node.getOutputStream().close();
            node.destroy();
            if (!node.waitFor(20, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            node.destroyForcibly();
        }
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
