package dev.praxis.registry.bench;

import dev.praxis.registry.bench.ClosedLoop.Result;
import dev.praxis.registry.bench.ClosedLoop.Target;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reading a practice card, {@code GET /api/v1/practices/{id}}, at 32 concurrent clients (issue 20;
 * goal: at least 1,500 req/s with p99 at most 30 ms, and at least 0.3 of what the same JVM serves on
 * a constant JSON endpoint in the same run). A main class in the test sources, never a test, so
 * {@code verify} does not run it; {@code bash infra/bench-card.sh} is the way in (docs/performance.md).
 *
 * <p>Starts a real PostgreSQL 17 (embedded) and the registry's own jar in a JVM of its own, as the
 * launcher runs it ({@code -Xmx320m}), with a stand-in for Keycloak's keys ({@link BenchTokens});
 * publishes {@code bench.practices} full cards ({@link FullCard}) through the API as an author and a
 * coordinator would, warms the service up, then measures in rounds that take turns between the
 * constant endpoint ({@code /actuator/health/liveness}, the liveness probe: {@code {"status":"UP"}}
 * with no I/O), the card read anonymously and the card read with a bearer token, so all three meet
 * the machine as it is at the same moments. Last, the database's scans per card read.
 *
 * <p>System properties: {@code bench.practices} (100), {@code bench.clients} (32), {@code bench.seconds}
 * per target and round (10), {@code bench.rounds} (3), {@code bench.warm-up-rounds} (3),
 * {@code bench.port} (26181), {@code bench.registry-jvm-args} (more options for the registry's JVM, e.g. a
 * flight recording), {@code bench.registry-args} (more arguments of the registry, e.g. a setting to
 * compare), {@code praxis.repo-root}.
 */
public final class CardReadBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START_DEADLINE = Duration.ofMinutes(5);
    private static final List<String> TO_PUBLICATION = List.of("submit", "start-screening", "start-review", "approve");
    private static final int COUNTED_READS = 500;
    private static final double GOAL_THROUGHPUT = 1_500;
    private static final double GOAL_P99_MILLIS = 30;
    private static final double GOAL_SHARE = 0.3;

    private final int practices = Integer.getInteger("bench.practices", 100);
    private final int clients = Integer.getInteger("bench.clients", 32);
    private final Duration round = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final int warmUpRounds = Integer.getInteger("bench.warm-up-rounds", 3);
    private final int port = Integer.getInteger("bench.port", 26181);
    private final Path repoRoot = Path.of(System.getProperty("praxis.repo-root", "..")).toAbsolutePath().normalize();
    private final Path workDir = repoRoot.resolve("registry-service/target/bench-card");
    private final String baseUrl = "http://127.0.0.1:" + port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        new CardReadBenchmark().run();
        // The JDK's HTTP clients keep non-daemon threads; the work is done.
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(workDir);
        line("# Praxis card read benchmark");
        line("");
        line("Run %s: %d published practices, %d clients, %d warm-up and %d measured rounds of %d s per target.",
                Instant.now(), practices, clients, warmUpRounds, rounds, round.toSeconds());
        machine();
        try (var postgres = EmbeddedPostgres.builder().start();
             var tokens = BenchTokens.start();
             var registry = RegistryProcess.start(repoRoot, workDir, port, postgres, tokens.issuer)) {
            awaitReady(registry);
            var ids = publish(tokens);
            String reader = tokens.token("bench-reader", "author");
            var constant = new Target("constant JSON (/actuator/health/liveness)",
                    List.of(get("/actuator/health/liveness", null)));
            var anonymous = new Target("card, anonymous", ids.stream().map(id -> get("/api/v1/practices/" + id, null)).toList());
            var signedIn = new Target("card, signed in", ids.stream().map(id -> get("/api/v1/practices/" + id, reader)).toList());
            var targets = List.of(constant, anonymous, signedIn);
            cardSize(anonymous, signedIn);

            long warmStart = System.nanoTime();
            for (int r = 0; r < warmUpRounds; r++) {
                for (Target target : inTurn(targets, r)) {
                    ClosedLoop.run(target, clients, round);
                }
            }
            line("- warm-up: %d rounds of %d s on each target, closed loop of %d clients (%.0f s in all)",
                    warmUpRounds, round.toSeconds(), clients, (System.nanoTime() - warmStart) / 1e9);

            var single = new LinkedHashMap<String, Result>();
            for (Target target : targets) {
                single.put(target.name(), ClosedLoop.run(target, 1, Duration.ofSeconds(5)));
            }
            var loaded = new LinkedHashMap<String, Result>();
            targets.forEach(target -> loaded.put(target.name(), Result.empty()));
            for (int r = 0; r < rounds; r++) {
                for (Target target : inTurn(targets, r)) {
                    var result = ClosedLoop.run(target, clients, round);
                    loaded.merge(target.name(), result, Result::plus);
                    System.err.printf("round %d, %s: %.0f req/s, p99 %.1f ms%n", r + 1, target.name(),
                            result.throughput(), result.millis(99));
                }
            }
            table(single, loaded);
            goals(loaded.get(constant.name()), loaded.get(anonymous.name()), loaded.get(signedIn.name()));
            scansPerRead(postgres, anonymous);
            line("- load average at the end (1, 5, 15 min): %s", loadAverage());
        }
        Path file = workDir.resolve("report.md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("\nReport written to " + file);
    }

    private void machine() throws IOException {
        line("");
        line("## Machine");
        line("- cores: %d; JDK: %s %s; OS: %s %s (%s)", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vendor"), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"));
        line("- load average at the start (1, 5, 15 min): %s", loadAverage());
        line("- on this machine: PostgreSQL, the registry (-Xmx320m) and this load generator (%d client threads)",
                clients);
    }

    private void awaitReady(RegistryProcess registry) throws IOException, InterruptedException {
        long started = System.nanoTime();
        var deadline = Instant.now().plus(START_DEADLINE);
        while (status(get("/actuator/health/liveness", null)) != 200) {
            registry.checkAlive();
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The registry was not ready within " + START_DEADLINE
                        + "; see " + registry.log);
            }
            Thread.sleep(250); // polling the liveness probe with a deadline
        }
        line("- registry started in %.1f s (log: %s)", (System.nanoTime() - started) / 1e9, repoRoot.relativize(registry.log));
    }

    /** Creates and publishes the practices through the API: create, submit, screening, review, approval. */
    private List<String> publish(BenchTokens tokens) throws Exception {
        long started = System.nanoTime();
        String author = tokens.token("bench-author", "author");
        String coordinator = tokens.token("bench-coordinator", "coordinator");
        var ids = new ArrayList<String>();
        for (int i = 1; i <= practices; i++) {
            var practice = send("POST", "/api/v1/practices", author, null, FullCard.draft(i));
            String id = practice.get("id").asString();
            for (String action : TO_PUBLICATION) {
                practice = send("POST", "/api/v1/practices/" + id + "/" + action,
                        action.equals("submit") ? author : coordinator, "\"" + practice.get("version").asLong() + "\"",
                        action.equals("approve") ? Map.of("comment", "Одобрено для бенчмарка") : Map.of());
            }
            if (!practice.get("status").asString().equals("APPROVED")) {
                throw new IllegalStateException("Practice " + id + " is " + practice.get("status") + ", not published");
            }
            ids.add(id);
        }
        line("- %d practices created and published through the API in %.1f s (%d steps, %d effects, 4 partners, "
                + "a team of 5 each)", practices, (System.nanoTime() - started) / 1e9, FullCard.STEPS, 5);
        return ids;
    }

    private void cardSize(Target anonymous, Target signedIn) throws IOException, InterruptedException {
        var publicCard = http.send(anonymous.requests().getFirst(), HttpResponse.BodyHandlers.ofByteArray());
        var fullCard = http.send(signedIn.requests().getFirst(), HttpResponse.BodyHandlers.ofByteArray());
        var card = JSON.readTree(publicCard.body());
        line("- a card: %d steps, %d effects, %d partners, team of %d; %.1f KB of JSON anonymously, %.1f KB signed in "
                        + "(the team's contacts)", card.get("steps").size(), card.get("effects").size(),
                card.get("partners").size(), card.get("team").size(), publicCard.body().length / 1024.0,
                fullCard.body().length / 1024.0);
    }

    private void table(Map<String, Result> single, Map<String, Result> loaded) {
        line("");
        line("## Figures");
        line("");
        line("| target | clients | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | failed |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (var results : List.of(single, loaded)) {
            int concurrency = results == single ? 1 : clients;
            results.forEach((name, result) -> line("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d |", name,
                    concurrency, result.latencies().getTotalCount(), result.throughput(), result.millis(50),
                    result.millis(95), result.millis(99), result.latencies().getMaxValue() / 1e6, result.failures()));
        }
    }

    private void goals(Result constant, Result anonymous, Result signedIn) {
        line("");
        line("## Goal (issue 20): card at %d clients >= %.0f req/s, p99 <= %.0f ms, >= %.1f x the constant endpoint",
                clients, GOAL_THROUGHPUT, GOAL_P99_MILLIS, GOAL_SHARE);
        for (var card : Map.of("anonymous", anonymous, "signed in", signedIn).entrySet()) {
            var result = card.getValue();
            double share = result.throughput() / constant.throughput();
            boolean met = result.throughput() >= GOAL_THROUGHPUT && result.millis(99) <= GOAL_P99_MILLIS
                    && share >= GOAL_SHARE;
            line("- %s: %.0f req/s, p99 %.1f ms, %.2f x the constant endpoint's %.0f req/s: %s", card.getKey(),
                    result.throughput(), result.millis(99), share, constant.throughput(), met ? "met" : "**missed**");
        }
    }

    /**
     * Index and sequential scans per table over {@value #COUNTED_READS} anonymous reads, one at a time:
     * each is one statement reading that table.
     */
    private void scansPerRead(EmbeddedPostgres postgres, Target anonymous) throws Exception {
        var before = settledScans(postgres);
        for (int i = 0; i < COUNTED_READS; i++) {
            var request = anonymous.requests().get(i % anonymous.requests().size());
            if (status(request) != 200) {
                throw new IllegalStateException("A card read failed while counting statements");
            }
        }
        var after = settledScans(postgres);
        var perRead = new StringBuilder();
        double total = 0;
        for (var table : after.entrySet()) {
            double scans = (table.getValue() - before.getOrDefault(table.getKey(), 0L)) / (double) COUNTED_READS;
            if (scans >= 0.01) {
                perRead.append(perRead.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", table.getKey(), scans));
                total += scans;
            }
        }
        line("- statements per anonymous card read (PostgreSQL's index and sequential scans per table over %d reads, "
                + "one at a time): %.1f — %s", COUNTED_READS, total, perRead);
    }

    /**
     * The scan counts once every backend has published its own: an idle backend publishes up to ten
     * seconds late (PostgreSQL's PGSTAT_IDLE_INTERVAL), so they must hold still for longer than that.
     */
    private static Map<String, Long> settledScans(EmbeddedPostgres postgres) throws Exception {
        var deadline = Instant.now().plusSeconds(90);
        var counts = scans(postgres);
        var stillSince = Instant.now();
        while (Duration.between(stillSince, Instant.now()).toSeconds() < 12) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL's scan counts kept changing for 90 s");
            }
            Thread.sleep(1_000); // polling PostgreSQL's statistics until they hold still, with a deadline
            var now = scans(postgres);
            if (!now.equals(counts)) {
                counts = now;
                stillSince = Instant.now();
            }
        }
        return counts;
    }

    private static Map<String, Long> scans(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             var rows = connection.createStatement().executeQuery(
                     "select relname, seq_scan + coalesce(idx_scan, 0) from pg_stat_user_tables")) {
            var scans = new TreeMap<String, Long>();
            while (rows.next()) {
                scans.put(rows.getString(1), rows.getLong(2));
            }
            return scans;
        }
    }

    /** The targets in a different order each round, so that none always runs first after a pause. */
    private static List<Target> inTurn(List<Target> targets, int round) {
        var turned = new ArrayList<Target>();
        for (int t = 0; t < targets.size(); t++) {
            turned.add(targets.get((t + round) % targets.size()));
        }
        return turned;
    }

    private HttpRequest get(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return (token == null ? request : request.header("Authorization", "Bearer " + token)).GET().build();
    }

    private int status(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private JsonNode send(String method, String path, String token, String ifMatch, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String loadAverage() throws IOException {
        var fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return String.join(", ", fields[0], fields[1], fields[2]);
    }

    private void line(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        report.append(line).append('\n');
        System.out.println(line);
        System.out.flush();
    }

    /** The registry's jar in a JVM of its own, stopped (SIGTERM, then forcibly after 30 s) when closed. */
    static final class RegistryProcess implements AutoCloseable {

        final Path log;
        private final Process process;

        private RegistryProcess(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        static RegistryProcess start(Path repoRoot, Path workDir, int port, EmbeddedPostgres postgres, String issuer)
                throws IOException {
            Path jar = repoRoot.resolve("registry-service/target/registry-service.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build it first (infra/bench-card.sh does)");
            }
            Path log = workDir.resolve("registry.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            var command = new ArrayList<>(List.of(java, "-Xmx320m"));
            // e.g. -Dbench.registry-jvm-args=-XX:StartFlightRecording=filename=card.jfr to profile the service
            String extra = System.getProperty("bench.registry-jvm-args", "");
            if (!extra.isBlank()) {
                command.addAll(List.of(extra.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                    // The liveness probe: Kubernetes' constant answer, the same JVM's floor for a JSON request.
                    "--management.endpoint.health.probes.enabled=true",
                    // No mail to send here, and the dispatcher's polling would keep the scan counts moving.
                    "--praxis.notifications.mail.dispatch-enabled=false"));
            // e.g. -Dbench.registry-args=--management.observations.enable.spring.security=false to compare a setting
            String settings = System.getProperty("bench.registry-args", "");
            if (!settings.isBlank()) {
                command.addAll(List.of(settings.trim().split("\\s+")));
            }
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            var environment = builder.environment();
            environment.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SPRING_DATASOURCE_PASSWORD", "postgres");
            environment.put("PRAXIS_ISSUER_URI", issuer);
            environment.put("PRAXIS_ATTACHMENTS_DIRECTORY", workDir.resolve("attachments").toString());
            var process = builder.start();
            var registry = new RegistryProcess(process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(registry::close));
            return registry;
        }

        void checkAlive() {
            if (!process.isAlive()) {
                throw new IllegalStateException("The registry exited with " + process.exitValue() + "; see " + log);
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
