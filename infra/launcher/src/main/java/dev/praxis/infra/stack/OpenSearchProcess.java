package dev.praxis.infra.stack;

import dev.praxis.infra.Await;
import dev.praxis.infra.ChildProcess;
import dev.praxis.infra.Jdk;
import dev.praxis.infra.Launcher;
import dev.praxis.infra.StartupFailed;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The OpenSearch node in its own JVM, started through this launcher's {@code opensearch}
 * command: its heap is bounded on its own, and it stops when the launcher's pipe to its
 * standard input closes, even if the launcher is killed.
 */
final class OpenSearchProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final ChildProcess process;
    private final String url;

    private OpenSearchProcess(ChildProcess process, String url) {
        this.process = process;
        this.url = url;
    }

    static OpenSearchProcess start(Path workDir, int preferredPort, Path logDirectory) throws IOException {
        Path readyFile = workDir.resolve("opensearch.ready");
        Files.deleteIfExists(readyFile);
        var command = List.of(Jdk.javaExecutable().toString(), "-Xms256m", "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "opensearch",
                "--base-path", workDir.resolve("opensearch").toString(),
                "--http-port", Integer.toString(preferredPort),
                "--ready-file", readyFile.toString(),
                "--exit-on-stdin-eof");
        var process = ChildProcess.start("OpenSearch", command, Map.of(), logDirectory.resolve("opensearch.log"));
        try {
            Await.ready(process, READY_TIMEOUT, () -> Files.exists(readyFile));
            return new OpenSearchProcess(process, readUrl(readyFile));
        } catch (RuntimeException | IOException e) {
            process.stop(Duration.ofSeconds(10));
            throw e;
        }
    }

    private static String readUrl(Path readyFile) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(readyFile, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String url = properties.getProperty("opensearch.url");
        if (url == null) {
            throw new StartupFailed(readyFile + " has no opensearch.url");
        }
        return url;
    }

    String url() {
        return url;
    }

    void stop() {
        process.stop(Duration.ofSeconds(20));
    }
}
