package dev.praxis.registry.notification;

import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.PracticeChange;
import dev.praxis.registry.practice.PracticeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a practice's author about a coordinator's decision on it: revision requested (with what to
 * revise), approved or rejected (with the reason). In the transaction of the decision, so the decision and
 * its notification commit together; the mail itself leaves after the commit, and its failure never
 * touches the decision.
 */
@Component
class PracticeDecisionNotifier {

    private final Notifications notifications;
    private final PracticeService practices;

    PracticeDecisionNotifier(Notifications notifications, PracticeService practices) {
        this.notifications = notifications;
        this.practices = practices;
    }

    @EventListener
    void on(PracticeChange.Moved moved) {
        var kind = switch (moved.action()) {
            case REQUEST_REVISION -> NotificationKind.REVISION_REQUESTED;
            case APPROVE, REJECT -> NotificationKind.DECISION;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        var practice = practices.current(moved.practiceId());
        var params = NotificationParams.aboutPractice(practice.getId(), practice.getTitle())
                .with(NotificationParams.REASON, blankToNull(moved.reason()));
        if (kind == NotificationKind.DECISION) {
            params = params.with(NotificationParams.DECISION, moved.action() == PracticeAction.APPROVE ? "approved" : "rejected");
        }
        notifications.notify(practice.getAuthorUsername(), kind, params);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
