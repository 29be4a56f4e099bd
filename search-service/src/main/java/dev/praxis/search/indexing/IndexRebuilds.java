package dev.praxis.search.indexing;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import dev.praxis.search.catalog.PracticeIndex;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Rebuilds the catalogue from the registry without downtime: fills a new physical index from the
 * registry's snapshot of cards while the feed consumer writes every new change into it as well,
 * then swaps the alias between two polls. External versions make the order of the two writers
 * irrelevant; searches read the old index until the swap. See docs/search.md.
 *
 * <p>The mirroring is in this process's memory: run the indexer (and rebuilds) on one instance.
 */
public class IndexRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilds.class);

    private final PracticeIndex index;
    private final RegistryFeed registry;
    private final PracticeDocuments documents;
    private final PracticeFeedConsumer consumer;
    private final int pageSize;
    private final int bulksAtOnce;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("index-rebuild").factory());
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("index-rebuild-fetch").factory());
    private final ExecutorService writers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("index-rebuild-write-", 0).factory());
    private final AtomicReference<IndexRebuild> latest = new AtomicReference<>();

    IndexRebuilds(PracticeIndex index, RegistryFeed registry, PracticeDocuments documents,
                  PracticeFeedConsumer consumer, int pageSize, int bulksAtOnce, Clock clock) {
        this.index = index;
        this.registry = registry;
        this.documents = documents;
        this.consumer = consumer;
        this.pageSize = pageSize;
        this.bulksAtOnce = Math.max(1, bulksAtOnce);
        this.clock = clock;
    }

    public Optional<IndexRebuild> latest() {
        return Optional.ofNullable(latest.get());
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws RebuildAlreadyRunning when one is running
     */
    public synchronized IndexRebuild start() {
        var current = latest.get();
        if (current != null && current.running()) {
            throw new RebuildAlreadyRunning(current);
        }
        index.ensureExists();
        String previous = index.current().orElseThrow(() -> new IllegalStateException("The alias points nowhere"));
        // The index before the previous one has had a whole rebuild's time to finish its last searches.
        index.deleteAllExcept(previous);
        String target = index.createNext();
        var rebuild = new IndexRebuild(UUID.randomUUID().toString(), IndexRebuild.State.RUNNING, target, previous,
                index.count(previous), 0, clock.instant(), null, null);
        latest.set(rebuild);
        // From here on the consumer writes each change into the new index too; everything committed
        // before is in the registry's snapshot, which is read after this line.
        consumer.startMirroring(target);
        log.info("Index rebuild {} started: {} -> {} (about {} practices)", rebuild.id(), previous, target, rebuild.total());
        worker.execute(() -> run(rebuild));
        return rebuild;
    }

    private void run(IndexRebuild started) {
        var rebuild = started;
        var writing = new ArrayDeque<CompletableFuture<Integer>>();
        try {
            long indexed = 0;
            // The registry reads the next page while OpenSearch indexes the ones before: they use
            // different processes, and OpenSearch's write pool has a thread per core, so with two
            // bulk requests under way the load takes about the longest of these, not their sum.
            var next = fetch(null);
            RegistryFeed.CardsPage page;
            do {
                page = await(next);
                next = page.next() == null ? null : fetch(page.next());
                writing.add(write(page, rebuild.targetIndex()));
                while (writing.size() >= bulksAtOnce || (next == null && !writing.isEmpty())) {
                    indexed += await(writing.poll());
                    rebuild = rebuild.progressed(indexed, rebuild.total());
                    latest.set(rebuild);
                    if (indexed % (pageSize * 20L) == 0) {
                        log.info("Index rebuild {}: {} of about {} practices", rebuild.id(), indexed, rebuild.total());
                    }
                }
            } while (next != null);
            index.finishLoading(rebuild.targetIndex());
            var done = rebuild;
            consumer.betweenPolls(() -> {
                index.swap(done.previousIndex(), done.targetIndex());
                consumer.stopMirroring(done.targetIndex());
            });
            // The previous index stays until the next rebuild: searches that started before the swap
            // finish on it, and it is a way back.
            rebuild = rebuild.succeeded(clock.instant());
            latest.set(rebuild);
            log.info("Index rebuild {} done: {} practices in {}, alias swapped from {}", rebuild.id(), indexed,
                    rebuild.targetIndex(), rebuild.previousIndex());
        } catch (RuntimeException e) {
            // The writes under way finish first: none may land in the index once it is being deleted.
            writing.forEach(IndexRebuilds::awaitQuietly);
            consumer.stopMirroring(rebuild.targetIndex());
            latest.set(rebuild.failed(clock.instant(), e.toString()));
            log.warn("Index rebuild {} failed; the catalogue keeps using {}", rebuild.id(), rebuild.previousIndex(), e);
            try {
                index.delete(rebuild.targetIndex());
            } catch (RuntimeException cleanup) {
                log.warn("Could not delete the unfinished index {}: {}", rebuild.targetIndex(), cleanup.toString());
            }
        }
    }

    private CompletableFuture<RegistryFeed.CardsPage> fetch(String after) {
        return CompletableFuture.supplyAsync(() -> registry.cardsAfter(after, pageSize), fetcher);
    }

    /** Writes a page into the new index in the background; completes with how many practices it held. */
    private CompletableFuture<Integer> write(RegistryFeed.CardsPage page, String target) {
        var practices = page.cards().stream().map(documents::versioned).toList();
        return CompletableFuture.supplyAsync(() -> {
            index.putAll(practices, target);
            return practices.size();
        }, writers);
    }

    /** The result, or the registry's or OpenSearch's own exception, so a failed rebuild names what went wrong. */
    private static <T> T await(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void awaitQuietly(CompletableFuture<?> work) {
        try {
            work.join();
        } catch (RuntimeException ignored) {
            // Already failing: the first error is the one reported.
        }
    }

    @Override
    public void destroy() {
        fetcher.shutdownNow();
        writers.shutdownNow();
        worker.shutdownNow();
    }
}
