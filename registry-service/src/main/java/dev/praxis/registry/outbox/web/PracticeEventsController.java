package dev.praxis.registry.outbox.web;

import dev.praxis.registry.outbox.PracticeEvents;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The change feed the search-service polls (role {@code indexer}). */
@RestController
class PracticeEventsController {

    private final PracticeEvents events;

    PracticeEventsController(PracticeEvents events) {
        this.events = events;
    }

    @GetMapping("/internal/v1/practice-events")
    PracticeEvents.Batch events(@RequestParam(required = false) String after,
                               @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return events.after(after, limit);
    }
}
