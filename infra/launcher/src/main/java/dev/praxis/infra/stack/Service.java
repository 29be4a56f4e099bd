package dev.praxis.infra.stack;

import dev.praxis.infra.Await;
import dev.praxis.infra.ChildProcess;
import dev.praxis.infra.Http;
import dev.praxis.infra.Jdk;
import dev.praxis.infra.StartupFailed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One of the three Spring Boot services, run from its jar as a child process. */
final class Service {

    static final List<String> NAMES = List.of("registry-service", "search-service", "web");

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final ChildProcess process;
    private final int port;

    private Service(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static Path jar(Path repoRoot, String name) {
        return repoRoot.resolve(name).resolve("target").resolve(name + ".jar");
    }

    static Service start(String name, Path jar, int port, Map<String, String> environment, Path logDirectory)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new StartupFailed(jar + " is missing: build it with ./mvnw -q -B -DskipTests package");
        }
        var fullEnvironment = new HashMap<>(environment);
        fullEnvironment.put("SERVER_PORT", Integer.toString(port));
        var command = List.of(Jdk.javaExecutable().toString(), "-Xmx320m", "-jar", jar.toString());
        return new Service(ChildProcess.start(name, command, fullEnvironment, logDirectory.resolve(name + ".log")), port);
    }

    String url() {
        return "http://localhost:" + port;
    }

    void awaitHealthy() {
        String health = url() + "/actuator/health";
        Await.ready(process, READY_TIMEOUT, () -> {
            var response = Http.probe(health);
            return response.status() == 200 && response.body().contains("\"UP\"");
        });
    }

    void stop() {
        process.stop(Duration.ofSeconds(15));
    }
}
