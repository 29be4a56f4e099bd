package dev.praxis.search.indexing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.praxis.search.catalog.PracticeIndex;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Applies feed events to the index, a page in one bulk request. Idempotent: each write carries
 * the practice's version as an external version, so an event seen twice, or older than what is
 * indexed, changes nothing. A practice that leaves the catalogue (archived) stays in the index
 * with its new status, hidden from the public, so nothing is ever deleted and versions only grow.
 */
@Component
class PracticeEventApplier {

    private static final Logger log = LoggerFactory.getLogger(PracticeEventApplier.class);

    private final PracticeIndex index;
    private final PracticeDocuments documents;
    private final MeterRegistry meters;
    private final Timer lag;
    private final Clock clock;

    PracticeEventApplier(PracticeIndex index, PracticeDocuments documents, MeterRegistry meters) {
        this.index = index;
        this.documents = documents;
        this.meters = meters;
        this.clock = Clock.systemUTC();
        this.lag = Timer.builder("praxis.indexer.lag")
                .description("From a change in the registry to the practice being searchable")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    /** Applies one page; with a rebuild running, the page goes to its index too. */
    void apply(List<PracticeEvent> events, List<String> alsoInto) {
        var practices = new ArrayList<PracticeIndex.Versioned>();
        for (PracticeEvent event : events) {
            if (PracticeEvent.CHANGED.equals(event.type()) && event.practice() != null) {
                practices.add(documents.versioned(event.practice()));
            } else {
                log.warn("Skipping feed event {} of unknown type {}", event.cursor(), event.type());
                meters.counter("praxis.indexer.events", "type", String.valueOf(event.type()), "outcome", "skipped")
                        .increment();
            }
        }
        if (practices.isEmpty()) {
            return;
        }
        int written = index.putAll(practices);
        for (String target : alsoInto) {
            index.putAll(practices, target);
        }
        // One refresh per page: a change is searchable when its page is applied, not up to a refresh interval later.
        index.refresh();
        var now = clock.instant();
        events.forEach(event -> lag.record(Duration.between(event.occurredAt(), now)));
        meters.counter("praxis.indexer.events", "type", PracticeEvent.CHANGED, "outcome", "applied").increment(written);
        meters.counter("praxis.indexer.events", "type", PracticeEvent.CHANGED, "outcome", "superseded")
                .increment(practices.size() - written);
    }
}
