package dev.praxis.infra.keycloak;

import dev.praxis.infra.Await;
import dev.praxis.infra.ChildProcess;
import dev.praxis.infra.Directories;
import dev.praxis.infra.Http;
import dev.praxis.infra.Jdk;
import dev.praxis.infra.StartupFailed;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keycloak from the distribution the build unpacked. The distribution is built once
 * ({@code kc.sh build}, cached by a marker); each run gets its own Keycloak home under the work
 * directory (a copied {@code bin} and {@code conf}, links to the shared {@code lib},
 * {@code providers}, {@code themes}) so its database and realm import are its own: the old
 * database is deleted and the current realm JSON imported on every start.
 */
public final class KeycloakServer {

    public static final String VERSION = "26.7.3";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** Build-time options; {@code start --optimized} must be given the same. */
    static final List<String> BUILD_OPTIONS = List.of("--health-enabled=true", "--db=dev-file", "--cache=local");

    private static final String BUILD_MARKER = ".praxis-build";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private final ChildProcess process;
    private final int httpPort;

    private KeycloakServer(ChildProcess process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    public record Settings(Path distribution, Path home, Path realmFile, int httpPort, int managementPort,
                           String webUrl, Path logDirectory) {
    }

    /** Starts Keycloak and returns once {@code /health/ready} answers, which is after the realm import. */
    public static KeycloakServer start(Settings settings) throws IOException {
        buildOnce(settings.distribution(), settings.logDirectory().resolve("keycloak-build.log"));
        prepareHome(settings);
        var command = List.of(settings.home().resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--hostname-strict=false",
                "--http-port=" + settings.httpPort(), "--http-management-port=" + settings.managementPort(),
                "--import-realm");
        var process = ChildProcess.start("Keycloak", command, environment(settings.webUrl()),
                settings.logDirectory().resolve("keycloak.log"));
        var server = new KeycloakServer(process, settings.httpPort());
        String readiness = "http://localhost:" + settings.managementPort() + "/health/ready";
        try {
            Await.ready(process, READY_TIMEOUT, () -> Http.probe(readiness).status() == 200);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    public String url() {
        return "http://localhost:" + httpPort;
    }

    public String issuerUri() {
        return url() + "/realms/praxis";
    }

    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    private static Map<String, String> environment(String webUrl) {
        return Map.of(
                "JAVA_HOME", Jdk.home().toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "PRAXIS_WEB_URL", webUrl);
    }

    /** Runs {@code kc.sh build} unless a marker says it ran with the same options; one launcher at a time. */
    private static void buildOnce(Path distribution, Path log) throws IOException {
        Path marker = distribution.resolve(BUILD_MARKER);
        String expected = String.join(" ", BUILD_OPTIONS);
        try (var lockFile = new RandomAccessFile(distribution.resolve(".praxis-build.lock").toFile(), "rw");
             FileLock ignored = lockFile.getChannel().lock()) {
            if (Files.exists(marker) && Files.readString(marker).strip().equals(expected)) {
                return;
            }
            System.out.println("[launcher] building Keycloak once (about a minute), log: " + log);
            var command = Stream.concat(Stream.of(distribution.resolve("bin/kc.sh").toString(), "build"),
                    BUILD_OPTIONS.stream()).toList();
            var build = ChildProcess.start("Keycloak build", command, Map.of("JAVA_HOME", Jdk.home().toString()), log);
            int exitCode = waitForExit(build);
            if (exitCode != 0) {
                throw new StartupFailed("Keycloak build failed (exit " + exitCode + "):" + System.lineSeparator()
                        + build.logTail(40));
            }
            Files.writeString(marker, expected);
        }
    }

    private static int waitForExit(ChildProcess build) {
        try {
            return build.exitCode(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailed("interrupted while building Keycloak", e);
        }
    }

    private static void prepareHome(Settings settings) throws IOException {
        Path home = settings.home();
        Path distribution = settings.distribution().toAbsolutePath();
        Directories.deleteRecursively(home.resolve("data"));
        Files.createDirectories(home.resolve("bin"));
        Files.copy(distribution.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
        copyDirectory(distribution.resolve("conf"), home.resolve("conf"));
        for (String shared : List.of("lib", "providers", "themes")) {
            Path link = home.resolve(shared);
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, distribution.resolve(shared));
            }
        }
        Path importDirectory = Files.createDirectories(home.resolve("data/import"));
        Files.copy(settings.realmFile(), importDirectory.resolve("praxis-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyDirectory(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
