package dev.praxis.infra;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;

/**
 * What a command started, stopped in reverse order exactly once: on SIGTERM / Ctrl-C (shutdown
 * hook), on end of standard input when asked to (so a test that spawns the launcher and dies
 * leaves no orphan), or when start-up fails.
 */
public final class Lifecycle {

    private final Deque<Runnable> started = new ArrayDeque<>();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Object stopping = new Object();
    private boolean stopped;

    @FunctionalInterface
    public interface Stoppable {
        void stop() throws Exception;
    }

    public Lifecycle(boolean exitOnStdinEof) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "praxis-shutdown"));
        if (exitOnStdinEof) {
            Thread watcher = new Thread(this::awaitStdinEof, "praxis-stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    /** Remembers something to stop; if stopping has already begun, stops it at once. */
    public void onStop(String name, Stoppable stoppable) {
        Runnable named = () -> {
            System.out.println("[launcher] stopping " + name);
            long begin = System.nanoTime();
            try {
                stoppable.stop();
                System.out.printf("[launcher] stopped %s in %.1f s%n", name, (System.nanoTime() - begin) / 1e9);
            } catch (Exception e) {
                System.err.println("[launcher] stopping " + name + " failed: " + e);
            }
        };
        synchronized (this) {
            if (!stopped) {
                started.push(named);
                return;
            }
        }
        named.run();
    }

    /** Blocks until a stop is requested, then stops everything and exits the JVM. */
    public void awaitStop() {
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopAll();
        System.exit(0);
    }

    /**
     * Stops everything once. A second caller (the shutdown hook after a stop on end of input
     * has begun) waits for the first to finish: the JVM must not halt half-way through.
     */
    public void stopAll() {
        synchronized (stopping) {
            Deque<Runnable> toStop;
            synchronized (this) {
                if (stopped) {
                    return;
                }
                stopped = true;
                toStop = new ArrayDeque<>(started);
                started.clear();
            }
            stopRequested.countDown();
            toStop.forEach(Runnable::run);
        }
    }

    private void awaitStdinEof() {
        try {
            byte[] buffer = new byte[256];
            while (System.in.read(buffer) >= 0) {
                // whatever arrives is ignored: only the end of the stream matters
            }
        } catch (Exception e) {
            // a closed or broken stdin means the same as end of file
        }
        System.out.println("[launcher] standard input closed, stopping");
        stopRequested.countDown();
    }
}
