package dev.praxis.registry.audit;

import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.PracticeChange;
import dev.praxis.registry.practice.PracticeStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a practice's events into audit lines in the transaction of the change. Editing a draft is
 * not audited (nobody else has seen it yet); every edit after submission is.
 */
@Component
class AuditRecorder {

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(PracticeChange.Drafted drafted) {
        trail.add(drafted.practiceId(), null, null, PracticeStatus.DRAFT, drafted.by(), drafted.at(), null);
    }

    @EventListener
    void on(PracticeChange.Moved moved) {
        if (moved.action() == PracticeAction.EDIT && moved.from() == PracticeStatus.DRAFT) {
            return;
        }
        trail.add(moved.practiceId(), moved.action(), moved.from(), moved.to(), moved.by(), moved.at(), moved.reason());
    }
}
