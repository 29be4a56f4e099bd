package dev.praxis.registry.outbox;

import dev.praxis.registry.practice.PracticeChange;
import dev.praxis.registry.practice.PracticeService;
import dev.praxis.registry.practice.PracticeStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the new card of a practice into the outbox whenever the practice records a change, in
 * the transaction of the change (Spring Data publishes the events synchronously on save). Drafts
 * are the author's own business: a practice enters the feed when it is first submitted.
 */
@Component
class PracticeFeedWriter {

    private final PracticeService practices;
    private final PracticeEvents events;
    private final PracticeCardMapper cards;

    PracticeFeedWriter(PracticeService practices, PracticeEvents events, PracticeCardMapper cards) {
        this.practices = practices;
        this.events = events;
        this.cards = cards;
    }

    @EventListener
    void on(PracticeChange change) {
        var practice = practices.current(change.practiceId());
        if (practice.getStatus() != PracticeStatus.DRAFT) {
            events.changed(cards.toCard(practice));
        }
    }
}
