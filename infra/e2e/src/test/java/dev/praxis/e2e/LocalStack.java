package dev.praxis.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * The whole platform, started once per test JVM through the same launcher that
 * {@code infra/start.sh} uses, on ports that do not collide with a developer's running stack.
 */
final class LocalStack {

    private static final Duration START_DEADLINE = Duration.ofMinutes(8);
    private static LocalStack running;

    final String webUrl;
    final String registryUrl;
    final String searchUrl;
    final String keycloakUrl;

    private LocalStack(Properties ready) {
        this.webUrl = ready.getProperty("web.url");
        this.registryUrl = ready.getProperty("registry.url");
        this.searchUrl = ready.getProperty("search.url");
        this.keycloakUrl = ready.getProperty("keycloak.url");
    }

    static synchronized LocalStack get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    String tokenUrl() {
        return keycloakUrl + "/realms/praxis/protocol/openid-connect/token";
    }

    private static LocalStack start() {
        Path repoRoot = Path.of(System.getProperty("praxis.repo.root", "../..")).toAbsolutePath().normalize();
        Path workDir = repoRoot.resolve("infra/e2e/target/stack");
        Path readyFile = workDir.resolve("ready.properties");
        Path launcherLog = repoRoot.resolve("infra/e2e/target/launcher.log");
        try {
            Files.createDirectories(workDir);
            Files.deleteIfExists(readyFile);
            String java = ProcessHandle.current().info().command().orElse("java");
            Process launcher = new ProcessBuilder(List.of(java, "-Xmx768m", "-jar",
                    repoRoot.resolve("infra/launcher/target/praxis-launcher.jar").toString(), "stack",
                    "--repo-root", repoRoot.toString(),
                    "--work-dir", workDir.toString(),
                    "--web-port", "18080", "--registry-port", "18081", "--search-port", "18082",
                    "--keycloak-port", "18180", "--keycloak-management-port", "19000",
                    "--ready-file", readyFile.toString(),
                    "--exit-on-stdin-eof"))
                    .redirectErrorStream(true)
                    .redirectOutput(launcherLog.toFile())
                    .start();
            // Closing the launcher's stdin (or this JVM dying) stops the whole stack.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(launcher)));
            Instant deadline = Instant.now().plus(START_DEADLINE);
            while (!Files.exists(readyFile)) {
                if (!launcher.isAlive()) {
                    throw new IllegalStateException("The launcher exited with " + launcher.exitValue()
                            + "; see " + launcherLog + ":\n" + tail(launcherLog));
                }
                if (Instant.now().isAfter(deadline)) {
                    stop(launcher);
                    throw new IllegalStateException("The stack was not ready within " + START_DEADLINE
                            + "; see " + launcherLog + ":\n" + tail(launcherLog));
                }
                Thread.sleep(250); // polling the ready file, not waiting for a result
            }
            Properties ready = new Properties();
            try (InputStream in = Files.newInputStream(readyFile)) {
                ready.load(in);
            }
            return new LocalStack(ready);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stop(Process launcher) {
        try {
            launcher.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
        launcher.destroy();
        try {
            if (!launcher.waitFor(25, java.util.concurrent.TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
