package dev.praxis.infra;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls until something is ready, failing fast with the log tail when the process behind it dies. */
public final class Await {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private Await() {
    }

    public static void ready(ChildProcess child, Duration timeout, BooleanSupplier isReady) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady.getAsBoolean()) {
            if (!child.isAlive()) {
                throw new StartupFailed(child.name() + " exited during start-up; last lines of " + child.log() + ":"
                        + System.lineSeparator() + child.logTail(40));
            }
            if (System.nanoTime() > deadline) {
                throw new StartupFailed(child.name() + " was not ready within " + timeout.toSeconds() + " s; last lines of "
                        + child.log() + ":" + System.lineSeparator() + child.logTail(40));
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailed("interrupted while waiting for " + child.name());
            }
        }
    }
}
