package dev.praxis.registry.bench;

import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * C clients, each on its own connection, each sending its next request as soon as the previous
 * answer is read (closed loop: the most the service serves at that concurrency, and the latencies
 * it gives meanwhile, queueing included). Latencies go into an HdrHistogram per client.
 */
final class ClosedLoop {

    /** Where requests go: a name and the requests to send in turn (e.g. one per practice). */
    record Target(String name, List<HttpRequest> requests) {
    }

    /** Latencies of successful requests in nanoseconds, the failures, and over how many seconds. */
    record Result(Histogram latencies, long failures, double seconds) {

        static Result empty() {
            return new Result(new Histogram(HIGHEST_LATENCY, 3), 0, 0);
        }

        Result plus(Result other) {
            var sum = latencies.copy();
            sum.add(other.latencies);
            return new Result(sum, failures + other.failures, seconds + other.seconds);
        }

        double throughput() {
            return latencies.getTotalCount() / seconds;
        }

        double millis(double percentile) {
            return latencies.getValueAtPercentile(percentile) / 1e6;
        }
    }

    private static final long HIGHEST_LATENCY = TimeUnit.MINUTES.toNanos(1);

    private ClosedLoop() {
    }

    static Result run(Target target, int clients, Duration length) throws InterruptedException {
        var histograms = new Histogram[clients];
        var failures = new long[clients];
        var threads = new ArrayList<Thread>();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (int c = 0; c < clients; c++) {
            int client = c;
            histograms[c] = new Histogram(HIGHEST_LATENCY, 3);
            threads.add(Thread.ofPlatform().name(target.name() + "-" + c).start(() ->
                    drive(target.requests(), client, clients, end, histograms[client], failures, client)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var total = new Histogram(HIGHEST_LATENCY, 3);
        long failed = 0;
        for (int c = 0; c < clients; c++) {
            total.add(histograms[c]);
            failed += failures[c];
        }
        return new Result(total, failed, seconds);
    }

    private static void drive(List<HttpRequest> requests, int client, int clients, long end, Histogram latencies,
                              long[] failures, int slot) {
        // One client per thread: one keep-alive connection each, as 32 browsers or BFF threads would hold.
        try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            for (long n = 0; System.nanoTime() < end; n++) {
                var request = requests.get((int) ((client + n * clients) % requests.size()));
                long sent = System.nanoTime();
                boolean ok;
                try {
                    ok = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
                } catch (java.io.IOException e) {
                    ok = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long latency = System.nanoTime() - sent;
                if (ok) {
                    latencies.recordValue(Math.min(latency, HIGHEST_LATENCY));
                } else {
                    failures[slot]++;
                }
            }
        }
    }
}
