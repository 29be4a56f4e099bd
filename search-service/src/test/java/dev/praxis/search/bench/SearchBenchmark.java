package dev.praxis.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import dev.praxis.search.bench.LoadHarness.Result;
import dev.praxis.search.bench.LoadHarness.Target;
import dev.praxis.search.bench.PracticeGenerator.Practice;
import dev.praxis.search.bench.PracticeGenerator.Query;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * The search performance benchmark (docs/performance.md): loads N generated practices into the
 * registry, then measures bulk indexing, search latency and throughput through search-service,
 * straight against OpenSearch, through a bare pass-through in front of it (the hop alone) and with
 * PostgreSQL full text, approval-to-searchable lag, and a rebuild under load. Prints one report and writes it to {@code search-service/target/bench-report.md}.
 *
 * <p>System properties: {@code bench.practices} (100000), {@code bench.seconds} per measured run
 * (20), {@code bench.steady-seconds} per run at the steady rate (120), {@code bench.ready-file} to use a running stack instead of starting one, {@code bench.phases}
 * (default {@code load,search,lag,rebuild}: with a running stack, {@code load} once and then only the
 * phases being worked on; {@code steady} runs only the searches at the steady rate), {@code bench.steady-rate} (10 req/s
 * per target), {@code bench.compare-search-url} (a second search-service on the same stack, taking turns
 * with the first in the {@code steady} phase: to compare a change), {@code bench.rebuild-loads}
 * (the loads a rebuild runs under, in turn: {@code steady}, that rate, and {@code heavy}, 70 % of the
 * maximum; both by default), {@code bench.request-cache}
 * (whether the service asks for OpenSearch's request cache: by default as {@code PRAXIS_SEARCH_REQUEST_CACHE}
 * says, which a stack started by the benchmark inherits), {@code praxis.repo-root}.
 */
public final class SearchBenchmark {

    static final long SEED = 20_260_301L;
    private static final int CHUNK = 5_000;
    private static final int QUERIES = 200;
    private static final int LAG_SAMPLES = 40;
    private static final List<Integer> CLIENTS = List.of(1, 8, 32);
    /** The constant rate of a run, as a share of the closed-loop maximum at the same concurrency. */
    private static final double LOAD_SHARE = 0.7;
    /** Searches per second when the closed loop finished none: still a schedule, however slow. */
    private static final double MIN_RATE = 0.05;
    /**
     * A busy hour of a national catalogue, far below saturation: latency there is the search's own
     * time, while at {@value #LOAD_SHARE} of the maximum it is mostly queueing on two cores.
     */
    private static final double STEADY_RATE = Double.parseDouble(System.getProperty("bench.steady-rate", "10"));
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    /** One round of the warm-up before the search runs: a closed loop of 4 clients for this long on each target. */
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);
    /** The warm-up ends when the service and this JVM each compiled for less than this in a round (1.5 % of a core)… */
    private static final double JIT_SETTLED_MILLIS = 300;
    /** …or after this many rounds. */
    private static final int MAX_WARM_UP_ROUNDS = 12;
    private static final List<String> STEADY_COLUMNS = List.of("target", "clients", "target req/s", "achieved req/s",
            "requests", "p50 ms", "p90 ms", "p99 ms", "max ms", "failed");
    private static final Duration PROBE = Duration.ofSeconds(5);
    private static final Duration INDEXING_DEADLINE = Duration.ofMinutes(40);
    private static final Duration REBUILD_DEADLINE = Duration.ofMinutes(20);
    private static final Duration LAG_DEADLINE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(20);

    private final int practices = Integer.getInteger("bench.practices", 100_000);
    private final Duration runLength = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    /**
     * A p99 needs about a thousand samples to mean something: at 10 req/s a 20 s run has 200, and its
     * p99 is the third slowest search, whichever of the slow queries happened to be drawn.
     */
    private final Duration steadyRunLength = Duration.ofSeconds(Integer.getInteger("bench.steady-seconds", 120));
    private final Path repoRoot = Path.of(System.getProperty("praxis.repo-root", ".")).toAbsolutePath().normalize();
    private final Set<String> phases = Set.of(System.getProperty("bench.phases", "load,search,lag,rebuild").split(","));
    /** Another search-service on the same stack, to take turns with in the steady phase (a change to compare). */
    private final String compareSearchUrl = System.getProperty("bench.compare-search-url", "");
    private final List<String> rebuildLoads = List.of(System.getProperty("bench.rebuild-loads", "steady,heavy").split(","));
    private final boolean requestCache = Boolean.parseBoolean(System.getProperty("bench.request-cache",
            java.util.Objects.requireNonNullElse(System.getenv("PRAXIS_SEARCH_REQUEST_CACHE"), "true")));
    private final Report report = new Report();

    public static void main(String[] args) throws Exception {
        new SearchBenchmark().run();
        // exec:java waits for non-daemon threads (HTTP client pools); the work is done.
        System.exit(0);
    }

    private void run() throws Exception {
        String readyFile = System.getProperty("bench.ready-file", "");
        report.line("# Praxis search benchmark");
        machine();
        try (var stack = readyFile.isBlank() ? startStack() : BenchStack.attach(Path.of(readyFile));
             var tables = new RegistryTables(stack.jdbcUrl, stack.jdbcUsername, stack.jdbcPassword);
             var passThrough = PassThrough.to(stack.openSearchUrl)) {
            var api = new Api(stack.keycloakUrl);
            var generator = new PracticeGenerator(SEED, tables.regions(), tables.directions());
            if (phases.contains("load")) {
                loadAndIndex(stack, api, tables, generator);
            } else {
                generator.skip(practices); // the queries follow the same random sequence as in a full run
            }
            var queries = generator.queries(QUERIES);
            var searchService = SearchTargets.service(stack.searchUrl);
            var openSearchRequests = SearchTargets.tries(queries, requestCache);
            var openSearchDirect = SearchTargets.openSearch(SearchTargets.DIRECT, stack.openSearchUrl, openSearchRequests);
            var throughPassThrough = SearchTargets.openSearch(SearchTargets.PASS_THROUGH, passThrough.url(),
                    openSearchRequests);
            double serviceAtEight = 0;
            if (phases.contains("search")) {
                tables.createFullTextIndex();
                var before = requestCacheCounts(stack, api);
                serviceAtEight = searches(queries, new ServiceJit(api, stack.searchUrl), List.of(searchService,
                        openSearchDirect, SearchTargets.postgres(tables)), throughPassThrough);
                requestCacheUse(before, requestCacheCounts(stack, api));
            }
            if (phases.contains("steady")) {
                var targets = new ArrayList<Target>(List.of(searchService));
                if (!compareSearchUrl.isBlank()) {
                    targets.add(SearchTargets.service("search-service at " + compareSearchUrl, compareSearchUrl));
                }
                targets.add(throughPassThrough);
                targets.add(openSearchDirect);
                steadyOnly(queries, new ServiceJit(api, stack.searchUrl), targets);
            }
            if (phases.contains("lag")) {
                lag(stack, api);
            }
            if (phases.contains("rebuild")) {
                report.heading("Index rebuild under load");
                for (String load : rebuildLoads) {
                    // "steady": the busy-hour rate a rebuild meets when an admin starts it; "heavy": 70 %
                    // of the maximum, which leaves the indexing about a third of the machine.
                    double rate = switch (load) {
                        case "steady" -> STEADY_RATE;
                        case "heavy" -> Math.max(MIN_RATE, LOAD_SHARE * (serviceAtEight > 0 ? serviceAtEight
                                : new LoadHarness(queries, WARM_UP).maxThroughput(searchService, 8, PROBE).throughput()));
                        default -> throw new IllegalArgumentException("bench.rebuild-loads: steady or heavy, not " + load);
                    };
                    rebuild(stack, api, queries, searchService, load, rate);
                }
            }
        }
        Path file = repoRoot.resolve("search-service/target/bench-report.md");
        report.writeTo(file);
        System.out.println("\nReport written to " + file);
    }

    private void machine() throws IOException {
        long memoryKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        report.line("Run %s, N = %d practices.", Instant.now(), practices);
        report.heading("Machine");
        report.line("- cores: %d; RAM: %.1f GiB", Runtime.getRuntime().availableProcessors(), memoryKb / 1024.0 / 1024);
        report.line("- JDK: %s %s; OS: %s %s (%s)", System.getProperty("java.vendor"), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        report.line("- load average at start (1, 5, 15 min, runnable/all, last pid): %s", load);
        report.line("- everything on this machine: PostgreSQL, one OpenSearch node (-Xmx512m), Keycloak, the three "
                + "services (-Xmx320m each) and this load generator");
    }

    private BenchStack startStack() throws IOException, InterruptedException {
        long started = System.nanoTime();
        var stack = BenchStack.start(repoRoot);
        report.line("- stack started by the launcher in %s s (logs in search-service/target/bench-stack/logs)",
                Report.number(elapsed(started)));
        return stack;
    }

    /**
     * Generates the practices and writes them to the registry in chunks, one transaction each;
     * bulk indexing is timed from the first commit until the public search counts all of them.
     */
    private void loadAndIndex(BenchStack stack, Api api, RegistryTables tables, PracticeGenerator generator)
            throws Exception {
        // One practice through the whole path first: the indexer is polling, not backing off from a
        // Keycloak that was still starting, when the clock starts.
        publishOne(stack, api, 0);
        long before = publicTotal(api, stack);
        long generating = 0;
        long writing = 0;
        long firstCommit = 0;
        for (int done = 0; done < practices; done += CHUNK) {
            long started = System.nanoTime();
            var chunk = new ArrayList<Practice>(CHUNK);
            for (int i = done; i < Math.min(practices, done + CHUNK); i++) {
                chunk.add(generator.next());
            }
            long generated = System.nanoTime();
            tables.insertApproved(chunk);
            long committed = System.nanoTime();
            firstCommit = firstCommit == 0 ? committed : firstCommit;
            generating += generated - started;
            writing += committed - generated;
        }
        long loaded = System.nanoTime();
        long expected = before + practices;
        var deadline = Instant.now().plus(INDEXING_DEADLINE);
        long total;
        while ((total = publicTotal(api, stack)) < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Only " + total + " of " + expected + " practices searchable after "
                        + INDEXING_DEADLINE);
            }
            Thread.sleep(200); // polling the index count with a deadline
        }
        long indexed = System.nanoTime();
        report.heading("Loading and bulk indexing");
        report.line("- generated %d practices in %s s; written to the registry's tables (chunks of %d, one "
                        + "transaction each) in %s s (%s practices/s)", practices, Report.number(generating / 1e9), CHUNK,
                Report.number(writing / 1e9), Report.number(practices / (writing / 1e9)));
        double indexing = (indexed - firstCommit) / 1e9;
        report.line("- **bulk indexing: %s docs/s** — %d practices searchable %s s after the first commit "
                        + "(%s s after the last one); feed pages of 500, one bulk request each",
                Report.number(practices / indexing), practices, Report.number(indexing),
                Report.number((indexed - loaded) / 1e9));
        long started = System.nanoTime();
        tables.createFullTextIndex();
        report.line("- PostgreSQL stored column `%s` (`%s`) and its GIN index built in %s s",
                RegistryTables.DOCUMENT, RegistryTables.DOCUMENT_EXPRESSION,
                Report.number(elapsed(started)));
    }

    /**
     * Every target at 1, 8 and 32 clients: a closed-loop run finds the most it can serve, then a
     * constant-rate run at {@value #LOAD_SHARE} of that gives the latencies. Returns the service's
     * maximum at 8 clients, the load kept on during the rebuild.
     *
     * @param targets the service, OpenSearch direct and PostgreSQL
     * @param throughPassThrough OpenSearch behind a {@link PassThrough}, in the steady runs only
     */
    private double searches(List<Query> queries, ServiceJit jit, List<Target> targets, Target throughPassThrough)
            throws IOException, InterruptedException {
        var steadyTargets = List.of(targets.get(0), throughPassThrough, targets.get(1));
        var warmedUp = warmedUp(queries, steadyTargets, jit);
        var harness = warmedUp.harness();
        var results = new LinkedHashMap<String, Result>();
        // The steady rate first, right after the warm-up: measured after the saturating runs, the
        // service's median came out twice what it was on its own minutes later (docs/performance.md).
        var steadyRuns = steadyRate(harness, steadyTargets, results, jit);
        var rows = new ArrayList<List<String>>();
        double serviceAtEight = 0;
        for (int clients : CLIENTS) {
            for (Target target : targets) {
                var probe = harness.maxThroughput(target, clients, PROBE);
                double rate = Math.max(MIN_RATE, probe.throughput() * LOAD_SHARE);
                var result = harness.constantRate(target, clients, rate, runLength);
                results.put(target.name() + "@" + clients, result);
                if (target == targets.getFirst() && clients == 8) {
                    serviceAtEight = probe.throughput();
                }
                rows.add(List.of(target.name(), Integer.toString(clients), Report.number(probe.throughput()),
                        Report.number(rate), Report.number(result.throughput()), Report.number(result.millis(50)),
                        Report.number(result.millis(90)), Report.number(result.millis(99)),
                        Report.number(result.maxMillis()), Long.toString(result.failures())));
                System.err.printf("%s at %d clients: p50 %.1f ms, p99 %.1f ms%n", target.name(), clients,
                        result.millis(50), result.millis(99));
            }
        }
        report.heading("Search latency and throughput");
        report.line("%d queries of 1–4 words from the generator's vocabulary (a fifth narrowed to a region, a tenth "
                + "to a direction, some misspelt), first page of 10. Closed loop for %d s gives the maximum; then a "
                + "constant rate of %.0f %% of it for %d s (after %d s of warm-up), latency measured from each "
                + "request's intended start (HdrHistogram, coordinated omission corrected).", QUERIES,
                PROBE.toSeconds(), LOAD_SHARE * 100, runLength.toSeconds(), WARM_UP.toSeconds());
        report.line(warmedUp.summary());
        report.table(List.of("target", "clients", "max req/s (closed)", "target req/s", "achieved req/s", "p50 ms",
                "p90 ms", "p99 ms", "max ms", "failed"), rows);
        report.line("At a steady %s req/s per target from 8 clients (a busy hour, well below the maximum), same "
                + "queries, %d s, measured before the runs above:", Report.number(STEADY_RATE), steadyRunLength.toSeconds());
        steadyRuns.report(report);
        report.line("- search-service: `GET /api/v1/practices/search?q=…` — ranking, 7 facets, highlighting, exact total.");
        report.line("- OpenSearch direct: the same requests the service sends (its own `SearchQueries` through "
                + "spring-data-opensearch's `RequestConverter`): one `/_msearch` of the page of hits and the facets "
                + "per try.");
        report.line("- %s (steady rate only): the same requests through an HTTP server that forwards their bytes "
                + "to OpenSearch and copies the answer back, with nothing parsed (`PassThrough`): what the hop alone "
                + "costs a service on this machine.", SearchTargets.PASS_THROUGH);
        report.line("- PostgreSQL full text: `websearch_to_tsquery('russian', …)` on a stored `tsvector` with a GIN index, top 10 by "
                + "`ts_rank_cd`; no total count, facets or highlighting, so it does less than the service.");
        var service = results.get("search-service@8");
        var direct = results.get(SearchTargets.DIRECT + "@8");
        report.heading("Goals at 8 clients");
        goal("search p50 ≤ 15 ms (at 70 % of the maximum)", service.millis(50), 15);
        goal("search p99 ≤ 60 ms (at 70 % of the maximum)", service.millis(99), 60);
        var steady = results.get("search-service@steady");
        report.line("- at a steady %s req/s instead: p50 %s ms (%s), p99 %s ms (%s)", Report.number(STEADY_RATE),
                Report.number(steady.millis(50)), steady.millis(50) <= 15 ? "met" : "**missed**",
                Report.number(steady.millis(99)), steady.millis(99) <= 60 ? "met" : "**missed**");
        var directSteady = results.get(SearchTargets.DIRECT + "@steady");
        double steadyOverhead = steady.millis(50) / directSteady.millis(50);
        report.line("- service p50 ÷ direct OpenSearch p50 at the steady rate, taking turns in one run: %.2f× "
                + "(goal ≤ 1.3×: %s)", steadyOverhead, steadyOverhead <= 1.3 ? "met" : "**missed**");
        for (int clients : CLIENTS) {
            double overhead = results.get("search-service@" + clients).millis(50)
                    / results.get(SearchTargets.DIRECT + "@" + clients).millis(50);
            report.line("- the same at 70 %% of each one's own maximum, %d clients (not the same load, nor the "
                    + "same moments): %.2f×", clients, overhead);
        }
        if (direct.failures() + service.failures() > 0) {
            report.line("- failed searches at 8 clients: service %d, direct %d", service.failures(), direct.failures());
        }
        return serviceAtEight;
    }

    /** Only the runs at the steady rate, after the same warm-up: to measure a change quickly. */
    private void steadyOnly(List<Query> queries, ServiceJit jit, List<Target> targets)
            throws IOException, InterruptedException {
        var warmedUp = warmedUp(queries, targets, jit);
        var steady = steadyRate(warmedUp.harness(), targets, new LinkedHashMap<>(), jit);
        report.heading("Steady rate only");
        report.line(warmedUp.summary());
        steady.report(report);
    }

    /** A harness after its warm-up, and what the warm-up took, for the report. */
    private record WarmedUp(LoadHarness harness, String summary) {
    }

    /** The steady runs' table rows, each target's p50, and how long the service's JIT compiled meanwhile. */
    private record SteadyRuns(List<List<String>> rows, Map<String, Double> medians, double compiledMillis) {

        void report(Report report) {
            report.table(STEADY_COLUMNS, rows);
            double direct = medians.get(SearchTargets.DIRECT);
            report.line("All in one run, taking turns: each client sends every query to each target in turn, "
                    + "starting with a different one, so all of them meet the machine as it is at the same moments. "
                    + "p50 ÷ direct p50: %s (goal for a search-service ≤ 1.3×). The service's JIT compiled for %s ms "
                    + "meanwhile.", medians.entrySet().stream().filter(median -> !median.getKey().equals(SearchTargets.DIRECT))
                            .map(median -> String.format(Locale.ROOT, "%s %.2f×%s", median.getKey(), median.getValue() / direct,
                                    median.getKey().equals(SearchTargets.PASS_THROUGH) ? ""
                                            : median.getValue() / direct <= 1.3 ? " (met)" : " (**missed**)"))
                            .collect(java.util.stream.Collectors.joining(", ")),
                    Report.number(compiledMillis));
            Double hop = medians.get(SearchTargets.PASS_THROUGH);
            double service = medians.values().iterator().next(); // the search-service comes first
            if (hop != null) {
                report.line("Of the service's %s ms over OpenSearch's p50, the bare pass-through's hop alone takes %s ms; "
                                + "the service's own work is the other %s ms.", Report.number(service - direct),
                        Report.number(hop - direct), Report.number(service - hop));
            }
        }
    }

    /**
     * A harness after the unrecorded warm-up of each target (JIT, caches): rounds of searches until
     * the service's JIT has settled, since OpenSearch's is warm from indexing.
     */
    private static WarmedUp warmedUp(List<Query> queries, List<Target> targets, ServiceJit jit)
            throws IOException, InterruptedException {
        var harness = new LoadHarness(queries, WARM_UP);
        var service = new Compiling(jit::compilationMillis);
        // This JVM's own JIT too: the load clients and the pass-through run in it.
        var own = new Compiling(ManagementFactory.getCompilationMXBean()::getTotalCompilationTime);
        int rounds = 0;
        do {
            for (Target target : targets) {
                harness.maxThroughput(target, 4, WARM_UP_ROUND);
            }
            service.endRound();
            own.endRound();
            rounds++;
            System.err.printf("warm-up round %d: the service compiled for %.0f ms, the benchmark for %.0f ms%n", rounds,
                    service.lastRound, own.lastRound);
        } while (!(service.settled() && own.settled()) && rounds < MAX_WARM_UP_ROUNDS);
        return new WarmedUp(harness, String.format(Locale.ROOT, "Warm-up before: %d rounds of %d s per target at 4 clients, unrecorded, until "
                + "the service's JIT and the benchmark's own compiled for less than %.0f ms in a round; the service "
                + "compiled for %s ms in all, %s ms in the last round; the benchmark for %s ms in all, %s ms in the "
                + "last round.", rounds, WARM_UP_ROUND.toSeconds(), JIT_SETTLED_MILLIS, Report.number(service.inAll()),
                Report.number(service.lastRound), Report.number(own.inAll()), Report.number(own.lastRound)));
    }

    /** How long a JVM's JIT compiled since the warm-up began, and in its last round. */
    private static final class Compiling {

        interface Clock {
            /** Milliseconds the JVM has spent compiling since it started. */
            double millis() throws IOException, InterruptedException;
        }

        private final Clock clock;
        private final double atStart;
        private double atLastRound;
        private double lastRound;

        Compiling(Clock clock) throws IOException, InterruptedException {
            this.clock = clock;
            this.atStart = clock.millis();
            this.atLastRound = atStart;
        }

        void endRound() throws IOException, InterruptedException {
            double now = clock.millis();
            lastRound = now - atLastRound;
            atLastRound = now;
        }

        boolean settled() {
            return lastRound <= JIT_SETTLED_MILLIS;
        }

        double inAll() {
            return atLastRound - atStart;
        }
    }

    /**
     * The targets at 8 clients and the steady rate each, taking turns in one run; the results go into
     * {@code results} as {@code <name>@steady}.
     */
    private SteadyRuns steadyRate(LoadHarness harness, List<Target> targets, Map<String, Result> results,
                                  ServiceJit jit) throws IOException, InterruptedException {
        double compiledBefore = jit.compilationMillis();
        var rows = new ArrayList<List<String>>();
        var inTurns = harness.constantRateInTurns(targets, 8, STEADY_RATE, steadyRunLength);
        for (int t = 0; t < targets.size(); t++) {
            var target = targets.get(t);
            var result = inTurns.get(t);
            results.put(target.name() + "@steady", result);
            rows.add(List.of(target.name(), "8", Report.number(STEADY_RATE), Report.number(result.throughput()),
                    Long.toString(result.latencies().getTotalCount()),
                    Report.number(result.millis(50)), Report.number(result.millis(90)), Report.number(result.millis(99)),
                    Report.number(result.maxMillis()), Long.toString(result.failures())));
            System.err.printf("%s at %d clients, %.0f req/s: p50 %.1f ms, p99 %.1f ms%n", target.name(), 8, STEADY_RATE,
                    result.millis(50), result.millis(99));
        }
        var medians = new LinkedHashMap<String, Double>();
        for (int t = 0; t < targets.size(); t++) {
            medians.put(targets.get(t).name(), inTurns.get(t).millis(50));
        }
        return new SteadyRuns(rows, medians, jit.compilationMillis() - compiledBefore);
    }

    /** How many requests OpenSearch's request cache has answered and missed so far. */
    private static long[] requestCacheCounts(BenchStack stack, Api api) throws IOException, InterruptedException {
        var cache = Api.expectSuccess(api.get(stack.openSearchUrl + "/practices/_stats/request_cache", null),
                "request cache statistics").get("_all").get("primaries").get("request_cache");
        return new long[] {cache.get("hit_count").asLong(), cache.get("miss_count").asLong()};
    }

    private void requestCacheUse(long[] before, long[] after) {
        long hits = after[0] - before[0];
        long misses = after[1] - before[1];
        if (requestCache) {
            report.line("- OpenSearch's request cache **on** (the service's default): the %d queries repeat, so after "
                    + "the warm-up nearly every search is one asked before; %d of %d requests during these runs were "
                    + "answered from the cache. Run with `PRAXIS_SEARCH_REQUEST_CACHE=false` to measure searches "
                    + "never asked before.", QUERIES, hits, hits + misses);
        } else {
            report.line("- OpenSearch's request cache **off** (`PRAXIS_SEARCH_REQUEST_CACHE=false`): every search is "
                    + "computed anew, as one never asked before would be (%d requests answered from the cache).", hits);
        }
    }

    /** Approval to searchable, while the index holds the N practices. */
    private void lag(BenchStack stack, Api api) throws Exception {
        var lags = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
        for (int i = 1; i <= LAG_SAMPLES; i++) {
            lags.recordValue(publishOne(stack, api, i));
        }
        report.heading("Approval to searchable");
        double p95 = lags.getValueAtPercentile(95) / 1e9;
        report.line("%d practices created, submitted, screened, reviewed and approved through the registry API (real Keycloak tokens) while "
                        + "the index holds the N practices; time from the approve response until `GET /api/v1/practices/{id}` "
                        + "of search-service returns it (polled every %d ms):", LAG_SAMPLES, POLL.toMillis());
        report.line("- p50 %s s, **p95 %s s**, max %s s (goal p95 ≤ 1.5 s: %s)",
                seconds(lags.getValueAtPercentile(50)), seconds(lags.getValueAtPercentile(95)),
                seconds(lags.getMaxValue()), p95 <= 1.5 ? "met" : "**missed**");
    }

    /**
     * Creates a draft with one step, submits it (as author), takes it through screening and review to
     * approval (as coordinator) through the registry, each move with the ETag of the answer before it,
     * then polls search-service until it returns the practice: nanoseconds from the approve response.
     */
    private long publishOne(BenchStack stack, Api api, int number) throws Exception {
        String author = api.tokenFor("author");
        var draft = Map.of("title", "Замер задержки индексации № " + number + ": единое окно для фермеров",
                "regionCode", "RU-KGD", "directionCode", "business-support",
                "problem", "Практика создана бенчмарком, чтобы измерить задержку публикации в каталоге.",
                "solution", "Одобренная практика должна появиться в поиске за секунду.",
                "steps", List.of(Map.of("title", "Подать заявку", "description", "Единственный шаг")));
        var created = api.post(stack.registryUrl + "/api/v1/practices", author, draft);
        String id = Api.expectSuccess(created, "create").get("id").asString();
        String practice = stack.registryUrl + "/api/v1/practices/" + id;
        var answer = move(api, practice, "submit", author, created);
        String coordinator = api.tokenFor("coordinator");
        for (String action : List.of("start-screening", "start-review", "approve")) {
            answer = move(api, practice, action, coordinator, answer);
        }
        long approved = System.nanoTime();
        var deadline = approved + LAG_DEADLINE.toNanos();
        while (api.get(stack.searchUrl + "/api/v1/practices/" + id, null).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Practice " + id + " not searchable within " + LAG_DEADLINE);
            }
            Thread.sleep(POLL); // polling for the practice, every 20 ms
        }
        return System.nanoTime() - approved;
    }

    /** One move of the lifecycle, made from the practice as {@code previous} answered it. */
    private static Api.Response move(Api api, String practice, String action, String token, Api.Response previous)
            throws Exception {
        var answer = api.post(practice + "/" + action, token, Map.of(), previous.etag());
        Api.expectSuccess(answer, action);
        return answer;
    }

    /** A full rebuild while 8 clients keep searching through the service at a constant rate. */
    private void rebuild(BenchStack stack, Api api, List<Query> queries, Target service, String load, double rate)
            throws Exception {
        var harness = new LoadHarness(queries, Duration.ofSeconds(1));
        var stop = new AtomicBoolean();
        var during = new AtomicReference<Result>();
        var failure = new AtomicReference<Exception>();
        var searching = Thread.ofPlatform().name("rebuild-load").start(() -> {
            try {
                during.set(harness.constantRateUntil(service, 8, rate, stop));
            } catch (Exception e) {
                failure.set(e);
            }
        });
        Thread.sleep(2_000); // let the load settle before the rebuild starts
        String rebuilds = stack.searchUrl + "/api/v1/admin/index-rebuilds";
        Api.expectSuccess(api.post(rebuilds, api.tokenFor("admin"), Map.of()), "start a rebuild");
        var deadline = Instant.now().plus(REBUILD_DEADLINE);
        JsonNode latest;
        while ("RUNNING".equals((latest = Api.expectSuccess(api.get(rebuilds + "/latest", api.tokenFor("admin")),
                "rebuild progress")).path("state").asString())) {
            if (Instant.now().isAfter(deadline)) {
                stop.set(true);
                throw new IllegalStateException("Rebuild still running after " + REBUILD_DEADLINE + ": " + latest);
            }
            Thread.sleep(500); // polling the rebuild's progress
        }
        stop.set(true);
        searching.join();
        if (failure.get() != null) {
            throw failure.get();
        }
        var result = during.get();
        double duration = Duration.between(Instant.parse(latest.get("startedAt").asString()),
                Instant.parse(latest.get("finishedAt").asString())).toMillis() / 1e3;
        report.line("- **%s load**: state %s, %s of %s practices indexed, **%s s** from start to alias swap (goal ≤ 120 s: %s)",
                load, latest.path("state").asString(), latest.path("indexed").asString(), latest.path("total").asString(),
                Report.number(duration), duration <= 120 && "SUCCEEDED".equals(latest.path("state").asString())
                        ? "met" : "**missed**");
        report.line("  - searches meanwhile: 8 clients at %s req/s through search-service: achieved %s req/s, p50 %s ms, "
                        + "**p99 %s ms**, max %s ms, **%d failed** (goal 0: %s)", Report.number(rate),
                Report.number(result.throughput()), Report.number(result.millis(50)), Report.number(result.millis(99)),
                Report.number(result.maxMillis()), result.failures(), result.failures() == 0 ? "met" : "**missed**");
    }

    private void goal(String goal, double measured, double limit) {
        report.line("- %s: %s ms — %s", goal, Report.number(measured), measured <= limit ? "met" : "**missed**");
    }

    private static long publicTotal(Api api, BenchStack stack) throws IOException, InterruptedException {
        return Api.expectSuccess(api.get(stack.searchUrl + "/api/v1/practices/search?size=1", null), "count")
                .get("total").asLong();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static double elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
