package dev.praxis.registry.outbox.web;

import dev.praxis.registry.outbox.PracticeCards;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The snapshot of latest cards the search-service rebuilds its index from (role {@code indexer}). */
@RestController
class PracticeCardsController {

    private final PracticeCards cards;

    PracticeCardsController(PracticeCards cards) {
        this.cards = cards;
    }

    @GetMapping("/internal/v1/practice-cards")
    PracticeCards.Page cards(@RequestParam(required = false) UUID after,
                             @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit) {
        return cards.after(after, limit);
    }
}
