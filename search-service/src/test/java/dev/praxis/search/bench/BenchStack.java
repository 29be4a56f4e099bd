package dev.praxis.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * The whole platform for the benchmark: started through the launcher on ports of its own, without
 * demo data, or an already running one given by its ready file. A started stack stops when this JVM
 * closes the launcher's standard input. The ports (26xxx) lie below Linux's ephemeral range
 * (32768–60999): a service on a 3xxxx port can find it taken by some outgoing connection's local port.
 */
final class BenchStack implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofMinutes(8);
    private static final String LAUNCHER_JAR = "infra/launcher/target/praxis-launcher.jar";
    private static final String KEYCLOAK = "infra/launcher/target/keycloak";
    private static final List<String> STAGED = List.of("infra/keycloak/praxis-realm.json",
            "registry-service/target/registry-service.jar", "search-service/target/search-service.jar",
            "web/target/web.jar");

    final String registryUrl;
    final String searchUrl;
    final String keycloakUrl;
    final String openSearchUrl;
    final String jdbcUrl;
    final String jdbcUsername;
    final String jdbcPassword;
    private final Process launcher;

    private BenchStack(Properties ready, Process launcher) {
        this.registryUrl = ready.getProperty("registry.url");
        this.searchUrl = ready.getProperty("search.url");
        this.keycloakUrl = ready.getProperty("keycloak.url");
        this.openSearchUrl = ready.getProperty("opensearch.url");
        this.jdbcUrl = ready.getProperty("jdbc.url");
        this.jdbcUsername = ready.getProperty("jdbc.username");
        this.jdbcPassword = ready.getProperty("jdbc.password");
        this.launcher = launcher;
    }

    static BenchStack attach(Path readyFile) throws IOException {
        return new BenchStack(read(readyFile), null);
    }

    static BenchStack start(Path repoRoot) throws IOException, InterruptedException {
        Path target = repoRoot.resolve("search-service/target");
        Path workDir = target.resolve("bench-stack");
        Path readyFile = workDir.resolve("ready.properties");
        Path log = target.resolve("bench-launcher.log");
        Files.createDirectories(workDir);
        Files.deleteIfExists(readyFile);
        Path root = stage(repoRoot, target.resolve("bench-root"));
        String java = ProcessHandle.current().info().command().orElse("java");
        // -Dbench.port-offset moves every port, so two benchmarks on one machine do not collide.
        int offset = Integer.getInteger("bench.port-offset", 0);
        var launcher = new ProcessBuilder(List.of(java, "-Xmx768m", "-jar",
                repoRoot.resolve(LAUNCHER_JAR).toString(), "stack",
                "--repo-root", root.toString(), "--work-dir", workDir.toString(), "--no-demo-data",
                "--web-port", port(26080, offset), "--registry-port", port(26081, offset),
                "--search-port", port(26082, offset), "--keycloak-port", port(26180, offset),
                "--keycloak-management-port", port(26900, offset), "--opensearch-port", port(26201, offset),
                "--ready-file", readyFile.toString(), "--exit-on-stdin-eof"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(launcher)));
        var deadline = Instant.now().plus(START_DEADLINE);
        while (!Files.exists(readyFile)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The launcher exited with " + launcher.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                stop(launcher);
                throw new IllegalStateException("The stack was not ready within " + START_DEADLINE + "; see " + log);
            }
            Thread.sleep(250); // polling the ready file
        }
        return new BenchStack(read(readyFile), launcher);
    }

    private static String port(int base, int offset) {
        return Integer.toString(base + offset);
    }

    /**
     * A private copy of what the launcher reads from the repository (service jars, realm), so that a
     * build rewriting {@code target/*.jar} during a 20-minute run cannot break a running service.
     */
    private static Path stage(Path repoRoot, Path root) throws IOException {
        for (String file : STAGED) {
            Path copy = root.resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(repoRoot.resolve(file), copy, StandardCopyOption.REPLACE_EXISTING);
            if (file.endsWith(".jar")) {
                try (var jar = new ZipFile(copy.toFile())) {
                    jar.size(); // fails on a jar caught half-written
                }
            }
        }
        // The Keycloak distribution is built once and never rewritten: linked, not copied.
        Path keycloak = root.resolve(KEYCLOAK);
        if (!Files.exists(keycloak, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(keycloak.getParent());
            Files.createSymbolicLink(keycloak, repoRoot.resolve(KEYCLOAK));
        }
        return root;
    }

    @Override
    public void close() {
        if (launcher != null) {
            stop(launcher);
        }
    }

    private static Properties read(Path readyFile) throws IOException {
        var ready = new Properties();
        try (InputStream in = Files.newInputStream(readyFile)) {
            ready.load(in);
        }
        return ready;
    }

    /** Closing stdin makes the launcher stop everything it started; force only what is left after 30 s. */
    private static void stop(Process launcher) {
        try {
            launcher.getOutputStream().close();
            if (!launcher.waitFor(30, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        } catch (IOException e) {
            launcher.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
