package dev.praxis.search.indexing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.praxis.search.catalog.PracticeIndex;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the registry's practice feed from the stored cursor, applies each page, then stores the
 * cursor after it. A failure anywhere leaves the cursor where it was, so the next poll re-reads
 * the page and re-applies it, which the external versions make harmless: no event is ever lost.
 */
class PracticeFeedConsumer {

    private static final Logger log = LoggerFactory.getLogger(PracticeFeedConsumer.class);

    private final RegistryFeed feed;
    private final PracticeEventApplier applier;
    private final PracticeIndex index;
    private final ConsumerPositions positions;
    private final int batchSize;
    /** Under which name the cursor is stored: one per feed being followed. */
    private final String cursorName;
    private final Clock clock;

    /** Loaded from OpenSearch on the first successful poll; null until then. */
    private Position position;
    private volatile Instant lastSuccess;
    /** The failure being retried, to log it once rather than on every poll. */
    private String failure;
    /** Physical indexes being rebuilt: every page goes there too until their alias swap. */
    private final List<String> mirrors = new CopyOnWriteArrayList<>();

    PracticeFeedConsumer(RegistryFeed feed, PracticeEventApplier applier, PracticeIndex index,
                         ConsumerPositions positions, int batchSize, Clock clock) {
        this(feed, applier, index, positions, batchSize, clock, ConsumerPositions.PRACTICE_EVENTS);
    }

    PracticeFeedConsumer(RegistryFeed feed, PracticeEventApplier applier, PracticeIndex index,
                         ConsumerPositions positions, int batchSize, Clock clock, String cursorName) {
        this.cursorName = cursorName;
        this.feed = feed;
        this.applier = applier;
        this.index = index;
        this.positions = positions;
        this.batchSize = batchSize;
        this.clock = clock;
        this.lastSuccess = clock.instant();
    }

    /**
     * One scheduled tick: drains the feed and never throws, so the schedule keeps running. A
     * failure is logged once per streak (the registry or OpenSearch may be down for a while).
     */
    void pollQuietly() {
        try {
            poll();
            if (failure != null) {
                log.info("Indexing resumed");
                failure = null;
            }
        } catch (RuntimeException e) {
            if (!e.toString().equals(failure)) {
                log.warn("Indexing paused, retrying every poll: {}", e.toString());
                failure = e.toString();
            }
        }
    }

    /**
     * Reads and applies pages until one comes back short.
     *
     * @return the number of events applied
     */
    synchronized int poll() {
        index.ensureExists();
        positions.ensureExists();
        if (position == null) {
            position = new Position(positions.cursorOf(cursorName).orElse(null));
        }
        int applied = 0;
        boolean fullPage;
        do {
            FeedPage page = feed.eventsAfter(position.cursor(), batchSize);
            applier.apply(page.events(), List.copyOf(mirrors));
            applied += page.events().size();
            String next = page.cursorAfter(position.cursor());
            boolean advanced = next != null && !next.equals(position.cursor());
            if (advanced) {
                positions.store(cursorName, next);
                position = new Position(next);
            }
            // A full page means more may be waiting; a cursor that did not move must not spin.
            fullPage = advanced && page.events().size() >= batchSize;
        } while (fullPage);
        lastSuccess = clock.instant();
        return applied;
    }

    /** From now on, every applied page is written into {@code index} too. */
    void startMirroring(String index) {
        mirrors.add(index);
    }

    void stopMirroring(String index) {
        mirrors.remove(index);
    }

    /** Runs {@code action} between two polls, never while a page is half applied. */
    synchronized void betweenPolls(Runnable action) {
        action.run();
    }

    /** Seconds since the feed was last read to its end; grows while the indexer is stuck. */
    double secondsSinceLastSuccess() {
        return Duration.between(lastSuccess, clock.instant()).toMillis() / 1000.0;
    }

    private record Position(String cursor) {
    }
}
