package dev.praxis.infra.stack;

import dev.praxis.infra.Lifecycle;
import dev.praxis.infra.ReadyFile;
import dev.praxis.infra.StartupFailed;
import dev.praxis.infra.keycloak.KeycloakServer;
import dev.praxis.infra.mail.MailServer;
import dev.praxis.infra.postgres.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code stack}: PostgreSQL, OpenSearch and Keycloak side by side, then the three services once
 * the database and the index are up (they do not need Keycloak to start; the registry's SMTP server,
 * GreenMail, starts in this JVM just before it), then the demo data.
 */
public final class StackCommand {

    private final StackOptions options;
    private final Lifecycle lifecycle;
    private final Timings timings = new Timings();

    private StackCommand(StackOptions options, Lifecycle lifecycle) {
        this.options = options;
        this.lifecycle = lifecycle;
    }

    public static void run(String[] args) throws Exception {
        var options = StackOptions.parse(args);
        var lifecycle = new Lifecycle(options.exitOnStdinEof());
        try {
            new StackCommand(options, lifecycle).start();
        } catch (Exception e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            System.err.println("[launcher] start-up failed: " + cause.getMessage());
            if (!(cause instanceof StartupFailed)) {
                cause.printStackTrace();
            }
            lifecycle.stopAll();
            System.exit(1);
        }
        lifecycle.awaitStop();
    }

    private void start() throws Exception {
        checkBeforeStart();
        if (options.readyFile().isPresent()) {
            ReadyFile.delete(options.readyFile().get());
        }
        Files.createDirectories(options.logs());
        // PostgreSQL's own output reaches us through zonky's SLF4J logger: keep it in a log file.
        System.setProperty("org.slf4j.simpleLogger.logFile", options.logs().resolve("postgres.log").toString());
        // GreenMail logs through the same SLF4J: only its warnings, so that postgres.log stays PostgreSQL's.
        System.setProperty("org.slf4j.simpleLogger.log.com.icegreen", "warn");
        System.out.println("[launcher] starting PostgreSQL, OpenSearch and Keycloak; logs in " + options.logs());

        ExecutorService executor = Executors.newFixedThreadPool(6);
        try {
            var postgres = CompletableFuture.supplyAsync(() -> timed("PostgreSQL", this::startPostgres), executor);
            var openSearch = CompletableFuture.supplyAsync(() -> timed("OpenSearch", this::startOpenSearch), executor);
            var keycloak = CompletableFuture.supplyAsync(() -> timed("Keycloak", this::startKeycloak), executor);

            // The mail server after PostgreSQL, so that it stops before it (PostgreSQL stops last).
            var mail = postgres.thenApplyAsync(pg -> timed("mail server", this::startMailServer), executor);
            var registry = mail.thenApplyAsync(
                    smtp -> timed("registry-service", () -> startService("registry-service", options.registryPort(),
                            Map.of("SPRING_DATASOURCE_URL", postgres.join().jdbcUrl(),
                                    "SPRING_DATASOURCE_USERNAME", PostgresServer.USERNAME,
                                    "SPRING_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                                    "PRAXIS_SMTP_HOST", "127.0.0.1",
                                    "PRAXIS_SMTP_PORT", Integer.toString(smtp.smtpPort())))), executor);
            var search = openSearch.thenApplyAsync(
                    os -> timed("search-service", () -> startService("search-service", options.searchPort(),
                            Map.of("PRAXIS_OPENSEARCH_URIS", os.url(),
                                    "PRAXIS_SEARCH_CLIENT_SECRET", "praxis-search-secret"))), executor);
            var web = CompletableFuture.allOf(postgres, openSearch).thenApplyAsync(
                    ignored -> timed("web", () -> startService("web", options.webPort(),
                            Map.of("PRAXIS_WEB_CLIENT_SECRET", "praxis-web-secret"))), executor);

            CompletableFuture.allOf(postgres, openSearch, keycloak, mail, registry, search, web).join();
            if (options.demoData()) {
                var demo = new DemoData(options.registryUrl(), issuerUri());
                int count = timed("demo data", demo::load);
                System.out.println("[launcher] loaded " + count + " demo practices");
                timed("demo data in the catalogue", () -> {
                    demo.awaitInCatalogue(options.searchUrl(), Duration.ofSeconds(90));
                    return null;
                });
            }
            announce(postgres.join(), openSearch.join(), keycloak.join(), mail.join());
        } finally {
            executor.shutdown();
        }
    }

    private void checkBeforeStart() {
        var missing = new ArrayList<Path>();
        for (String name : Service.NAMES) {
            Path jar = Service.jar(options.repoRoot(), name);
            if (!Files.isRegularFile(jar)) {
                missing.add(jar);
            }
        }
        if (!missing.isEmpty()) {
            throw new StartupFailed("missing service jars " + missing
                    + " — build them with ./mvnw -q -B -DskipTests package (or run infra/start.sh)");
        }
        if (!Files.isRegularFile(realmFile())) {
            throw new StartupFailed("realm file " + realmFile() + " is missing; is --repo-root the repository root?");
        }
        var ports = new LinkedHashMap<String, Integer>();
        ports.put("web", options.webPort());
        ports.put("registry-service", options.registryPort());
        ports.put("search-service", options.searchPort());
        ports.put("Keycloak", options.keycloakPort());
        ports.put("Keycloak management", options.keycloakManagementPort());
        var busy = new ArrayList<String>();
        ports.forEach((name, port) -> {
            if (!isFree(port)) {
                busy.add(name + " " + port);
            }
        });
        if (!busy.isEmpty()) {
            throw new StartupFailed("ports already in use: " + busy + " — stop what holds them or choose other ports (--web-port ...)");
        }
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private PostgresServer startPostgres() throws IOException {
        var postgres = PostgresServer.start(options.workDir().resolve("postgres"), options.logs());
        lifecycle.onStop("PostgreSQL", postgres::stop);
        return postgres;
    }

    private MailServer startMailServer() throws IOException {
        var mail = MailServer.start(options.smtpPort(), options.imapPort(), options.pop3Port(), realmFile());
        lifecycle.onStop("mail server", mail::stop);
        return mail;
    }

    private OpenSearchProcess startOpenSearch() throws IOException {
        var openSearch = OpenSearchProcess.start(options.workDir(), options.openSearchPort(), options.logs());
        lifecycle.onStop("OpenSearch", openSearch::stop);
        return openSearch;
    }

    private KeycloakServer startKeycloak() throws IOException {
        var keycloak = KeycloakServer.start(new KeycloakServer.Settings(
                keycloakDistribution(), options.workDir().resolve("keycloak"), realmFile(),
                options.keycloakPort(), options.keycloakManagementPort(), options.webUrl(), options.logs()));
        lifecycle.onStop("Keycloak", keycloak::stop);
        return keycloak;
    }

    private Service startService(String name, int port, Map<String, String> specific) throws IOException {
        var environment = new LinkedHashMap<>(commonEnvironment());
        environment.putAll(specific);
        var service = Service.start(name, Service.jar(options.repoRoot(), name), port, environment, options.logs());
        lifecycle.onStop(name, service::stop);
        service.awaitHealthy();
        return service;
    }

    private Map<String, String> commonEnvironment() {
        return Map.of(
                "PRAXIS_ISSUER_URI", issuerUri(),
                "PRAXIS_REGISTRY_URL", options.registryUrl(),
                "PRAXIS_SEARCH_URL", options.searchUrl(),
                "PRAXIS_WEB_URL", options.webUrl());
    }

    private String issuerUri() {
        return "http://localhost:" + options.keycloakPort() + "/realms/praxis";
    }

    private Path realmFile() {
        return options.repoRoot().resolve("infra/keycloak/praxis-realm.json");
    }

    private Path keycloakDistribution() {
        return options.repoRoot().resolve("infra/launcher/target/keycloak/keycloak-" + KeycloakServer.VERSION);
    }

    private void announce(PostgresServer postgres, OpenSearchProcess openSearch, KeycloakServer keycloak, MailServer mail)
            throws IOException {
        var ready = new LinkedHashMap<String, String>();
        ready.put("web.url", options.webUrl());
        ready.put("registry.url", options.registryUrl());
        ready.put("search.url", options.searchUrl());
        ready.put("keycloak.url", keycloak.url());
        ready.put("opensearch.url", openSearch.url());
        ready.put("jdbc.url", postgres.jdbcUrl());
        ready.put("jdbc.username", PostgresServer.USERNAME);
        ready.put("jdbc.password", PostgresServer.PASSWORD);
        ready.put("smtp.port", Integer.toString(mail.smtpPort()));
        ready.put("imap.port", Integer.toString(mail.imapPort()));
        ready.put("pop3.port", Integer.toString(mail.pop3Port()));

        var text = new StringBuilder(System.lineSeparator());
        text.append("Praxis is running (").append(timings.summary()).append(")").append(System.lineSeparator());
        text.append("  web               ").append(options.webUrl()).append(System.lineSeparator());
        text.append("  registry API      ").append(options.registryUrl()).append("/api/v1/practices").append(System.lineSeparator());
        text.append("  search API        ").append(options.searchUrl()).append("/api/v1/practices/search?q=").append(System.lineSeparator());
        text.append("  Keycloak          ").append(keycloak.url()).append("/admin (")
                .append(KeycloakServer.ADMIN_USERNAME).append('/').append(KeycloakServer.ADMIN_PASSWORD).append(')').append(System.lineSeparator());
        text.append("  OpenSearch        ").append(openSearch.url()).append(System.lineSeparator());
        text.append("  PostgreSQL        ").append(postgres.jdbcUrl()).append(" (")
                .append(PostgresServer.USERNAME).append('/').append(PostgresServer.PASSWORD).append(')').append(System.lineSeparator());
        text.append("  mail (SMTP)       ").append(MailServer.HOST).append(':').append(mail.smtpPort())
                .append(" (GreenMail; the registry sends notifications there)").append(System.lineSeparator());
        text.append("  demo mail         IMAP ").append(MailServer.HOST).append(':').append(mail.imapPort())
                .append(", POP3 ").append(MailServer.HOST).append(':').append(mail.pop3Port())
                .append(", login = demo username, password ").append(MailServer.DEMO_PASSWORD)
                .append(", e.g. curl -u author:").append(MailServer.DEMO_PASSWORD)
                .append(" 'imap://localhost:").append(mail.imapPort()).append("/INBOX;UID=1'").append(System.lineSeparator());
        text.append("  demo logins (password praxis): author, author2, expert, expert2, expert3, expert4, coordinator, official, admin").append(System.lineSeparator());
        text.append("  logs              ").append(options.logs()).append(System.lineSeparator());
        text.append("Stop with Ctrl-C.");
        System.out.println(text);
        if (options.readyFile().isPresent()) {
            Path readyFile = options.readyFile().get();
            ReadyFile.write(readyFile, ready);
            lifecycle.onStop("ready file", () -> ReadyFile.delete(readyFile));
        }
    }

    private <T> T timed(String part, Step<T> step) {
        long startedAt = System.nanoTime();
        try {
            T result = step.run();
            timings.record(part, startedAt);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(part + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new StartupFailed(part + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }

    /** How long each part took to become ready, printed as it happens and summed up at the end. */
    private static final class Timings {

        private final long launchedAt = System.nanoTime();
        private final List<String> entries = new ArrayList<>();

        synchronized void record(String part, long startedAt) {
            long now = System.nanoTime();
            String entry = String.format("%s %.1f s", part, (now - startedAt) / 1e9);
            entries.add(entry);
            System.out.printf("[launcher] %s ready in %.1f s (%.1f s since launch)%n", part, (now - startedAt) / 1e9,
                    (now - launchedAt) / 1e9);
        }

        synchronized String summary() {
            return String.format("ready in %.1f s: %s", (System.nanoTime() - launchedAt) / 1e9, String.join(", ", entries));
        }
    }
}
