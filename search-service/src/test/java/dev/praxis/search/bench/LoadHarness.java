package dev.praxis.search.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import dev.praxis.search.bench.PracticeGenerator.Query;
import org.HdrHistogram.Histogram;

/**
 * Sends searches from C client threads and records their latencies in HdrHistograms.
 *
 * <p>Constant rate (open model): every client has a schedule of intended start times, and a latency
 * is measured from the <em>intended</em> start, not from when the request actually went out. A client
 * that falls behind therefore charges its backlog to the requests that waited, which is what a user
 * would see (no coordinated omission). Requests of the warm-up are sent but not recorded.
 */
final class LoadHarness {

    /** Where searches go: the service, OpenSearch itself, or PostgreSQL. */
    interface Target {
        String name();

        /** A client for one thread (a database connection, or a handle on a shared HTTP client). */
        Client connect() throws Exception;
    }

    interface Client extends AutoCloseable {
        /** Sends one search; true when it succeeded. */
        boolean search(Query query) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** One run: the latencies of successful searches in nanoseconds, the failures, and over how long. */
    record Result(Histogram latencies, long failures, double seconds) {

        double throughput() {
            return latencies.getTotalCount() / seconds;
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1e6;
        }

        double maxMillis() {
            return latencies.getMaxValue() / 1e6;
        }
    }

    private static final long HIGHEST_LATENCY = TimeUnit.MINUTES.toNanos(10);
    private static final int CLOSED_LOOP = 0;

    private final List<Query> queries;
    private final Duration warmUp;

    LoadHarness(List<Query> queries, Duration warmUp) {
        this.queries = List.copyOf(queries);
        this.warmUp = warmUp;
    }

    /** Closed loop: each client sends its next search as soon as the previous one returns. */
    Result maxThroughput(Target target, int clients, Duration duration) throws InterruptedException {
        return run(List.of(target), clients, CLOSED_LOOP, duration, new AtomicBoolean()).getFirst();
    }

    /** Open model at {@code totalRate} searches per second, spread evenly over the clients. */
    Result constantRate(Target target, int clients, double totalRate, Duration duration) throws InterruptedException {
        return run(List.of(target), clients, totalRate, duration, new AtomicBoolean()).getFirst();
    }

    /**
     * Open model with the targets taking turns: each client sends the same query to every target in
     * turn, one per slot of its schedule, so each target gets {@code ratePerTarget} and all of them
     * meet the machine as it is at the same moments. Comparing targets measured one after the other
     * mixed their difference with the machine's drift between runs (docs/performance.md).
     *
     * @return one result per target, in the order given
     */
    List<Result> constantRateInTurns(List<Target> targets, int clients, double ratePerTarget, Duration duration)
            throws InterruptedException {
        return run(targets, clients, ratePerTarget * targets.size(), duration, new AtomicBoolean());
    }

    /** Like {@link #constantRate} until {@code stop} is set (after the warm-up). */
    Result constantRateUntil(Target target, int clients, double totalRate, AtomicBoolean stop)
            throws InterruptedException {
        return run(List.of(target), clients, totalRate, null, stop).getFirst();
    }

    private List<Result> run(List<Target> targets, int clients, double totalRate, Duration duration, AtomicBoolean stop)
            throws InterruptedException {
        long interval = totalRate == CLOSED_LOOP ? 0 : (long) (1e9 * clients / totalRate);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long measureFrom = start + warmUp.toNanos();
        long end = duration == null ? Long.MAX_VALUE : measureFrom + duration.toNanos();
        // histograms[client][target] and failures[client][target]: each client thread writes its own.
        var histograms = new Histogram[clients][targets.size()];
        var failures = new long[clients][targets.size()];
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            for (int t = 0; t < targets.size(); t++) {
                histograms[c][t] = new Histogram(HIGHEST_LATENCY, 3);
            }
            int client = c;
            // Clients start evenly staggered over one interval, so the total rate is smooth.
            long first = start + interval * client / clients;
            threads.add(Thread.ofPlatform().name(targets.getFirst().name() + "-" + client).start(() ->
                    drive(targets, client, first, interval, measureFrom, end, stop, histograms[client], failures[client])));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        var results = new ArrayList<Result>();
        for (int t = 0; t < targets.size(); t++) {
            var total = new Histogram(HIGHEST_LATENCY, 3);
            long failed = 0;
            for (int c = 0; c < clients; c++) {
                total.add(histograms[c][t]);
                failed += failures[c][t];
            }
            results.add(new Result(total, failed, seconds));
        }
        return results;
    }

    private void drive(List<Target> targets, int client, long first, long interval, long measureFrom, long end,
                       AtomicBoolean stop, Histogram[] histograms, long[] failures) {
        var connections = new ArrayList<Client>();
        try {
            for (Target target : targets) {
                connections.add(target.connect());
            }
            int turns = targets.size();
            for (long n = 0; ; n++) {
                long intended = interval == 0 ? System.nanoTime() : first + n * interval;
                if (intended >= end || (stop.get() && intended >= measureFrom)) {
                    return;
                }
                waitUntil(intended);
                // Clients start their turns at different targets, so no target always goes first.
                int t = (int) ((n + client) % turns);
                boolean ok;
                try {
                    ok = connections.get(t).search(queries.get((int) ((client * 37L + n / turns) % queries.size())));
                } catch (Exception e) {
                    ok = false;
                }
                long latency = System.nanoTime() - intended;
                if (intended >= measureFrom) {
                    if (ok) {
                        histograms[t].recordValue(Math.min(latency, HIGHEST_LATENCY));
                    } else {
                        failures[t]++;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(targets.getFirst().name() + " client " + client + " failed", e);
        } finally {
            for (Client connection : connections) {
                try {
                    connection.close();
                } catch (Exception e) {
                    System.err.println("Closing a client: " + e.getMessage());
                }
            }
        }
    }

    /** Pacing to the schedule (not waiting for a result): park until the intended start time. */
    private static void waitUntil(long nanoTime) {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }
}
