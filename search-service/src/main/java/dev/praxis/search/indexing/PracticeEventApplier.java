package dev.praxis.search.indexing;

import java.util.List;

import dev.praxis.search.catalog.PracticeIndex;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies feed events to the index. Idempotent: each write carries the practice's version as an
 * external version, so an event seen twice, or older than what is indexed, changes nothing.
 */
@Component
class PracticeEventApplier {

    private static final Logger log = LoggerFactory.getLogger(PracticeEventApplier.class);

    private final PracticeIndex index;
    private final PracticeDocuments documents;
    private final MeterRegistry meters;

    PracticeEventApplier(PracticeIndex index, PracticeDocuments documents, MeterRegistry meters) {
        this.index = index;
        this.documents = documents;
        this.meters = meters;
    }

    void apply(List<PracticeEvent> events) {
        events.forEach(this::apply);
        if (!events.isEmpty()) {
            // One refresh per page: an approved practice is searchable when the page is applied,
            // not up to a refresh interval later.
            index.refresh();
        }
    }

    void apply(PracticeEvent event) {
        boolean changed = switch (event.type()) {
            case PracticeEvent.PUBLISHED -> index.put(documents.toDocument(event.practice()), event.version());
            case PracticeEvent.WITHDRAWN -> index.remove(event.practiceId(), event.version());
            default -> {
                log.warn("Skipping feed event {} of unknown type {}", event.cursor(), event.type());
                yield false;
            }
        };
        if (!changed) {
            log.debug("Event {} ({} v{}) already superseded in the index", event.cursor(), event.practiceId(),
                    event.version());
        }
        meters.counter("praxis.indexer.events", "type", String.valueOf(event.type()),
                "outcome", changed ? "applied" : "superseded").increment();
    }
}
