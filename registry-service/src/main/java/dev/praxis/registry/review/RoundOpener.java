package dev.praxis.registry.review;

import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.PracticeChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import static dev.praxis.registry.practice.PracticeStatus.UNDER_REVIEW;

/**
 * Review follows the practice's lifecycle through its events, in the transaction of the move: a
 * practice going under review gets a round; one leaving review (a decision or a withdrawal)
 * closes its open round. The practice never calls review.
 */
@Component
class RoundOpener {

    private final ReviewService review;

    RoundOpener(ReviewService review) {
        this.review = review;
    }

    @EventListener
    void on(PracticeChange.Moved moved) {
        if (moved.to() == UNDER_REVIEW && moved.from() != UNDER_REVIEW) {
            review.openRound(moved.practiceId(), moved.by(), moved.at());
        } else if (moved.from() == UNDER_REVIEW && moved.to() != UNDER_REVIEW) {
            var because = moved.action() == PracticeAction.WITHDRAW ? RoundClosure.WITHDRAWN : RoundClosure.DECIDED;
            review.closeOpenRound(moved.practiceId(), because, moved.at());
        }
    }
}
