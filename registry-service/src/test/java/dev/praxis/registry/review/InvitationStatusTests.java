package dev.praxis.registry.review;

import org.junit.jupiter.api.Test;

import static dev.praxis.registry.review.InvitationAction.ACCEPT;
import static dev.praxis.registry.review.InvitationAction.DECLINE;
import static dev.praxis.registry.review.InvitationAction.EXPIRE;
import static dev.praxis.registry.review.InvitationAction.SAVE_REVIEW;
import static dev.praxis.registry.review.InvitationAction.SUBMIT_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationStatusTests {

    @Test
    void anInvitationIsAnsweredOnceAndAReviewSubmittedOnce() {
        assertThat(InvitationStatus.INVITED.after(ACCEPT)).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(InvitationStatus.INVITED.after(DECLINE)).isEqualTo(InvitationStatus.DECLINED);
        assertThat(InvitationStatus.INVITED.after(EXPIRE)).isEqualTo(InvitationStatus.EXPIRED);
        assertThat(InvitationStatus.ACCEPTED.after(SAVE_REVIEW)).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(InvitationStatus.ACCEPTED.after(SUBMIT_REVIEW)).isEqualTo(InvitationStatus.SUBMITTED);
        for (var done : new InvitationStatus[] {InvitationStatus.DECLINED, InvitationStatus.EXPIRED, InvitationStatus.SUBMITTED}) {
            for (var action : InvitationAction.values()) {
                assertThatThrownBy(() -> done.after(action)).isInstanceOf(InvitationTransitionNotAllowed.class);
            }
        }
        assertThatThrownBy(() -> InvitationStatus.ACCEPTED.after(ACCEPT)).isInstanceOf(InvitationTransitionNotAllowed.class);
        assertThatThrownBy(() -> InvitationStatus.INVITED.after(SAVE_REVIEW)).isInstanceOf(InvitationTransitionNotAllowed.class);
    }

    @Test
    void theExpertIsOfferedWhatTheTableAllowsButNeverTheDeadlinesExpiry() {
        assertThat(InvitationStatus.INVITED.expertActions()).containsExactly(ACCEPT, DECLINE);
        assertThat(InvitationStatus.ACCEPTED.expertActions()).containsExactly(SAVE_REVIEW, SUBMIT_REVIEW);
        assertThat(InvitationStatus.SUBMITTED.expertActions()).isEmpty();
    }

    @Test
    void aRoundClosesOnce() {
        assertThat(RoundStatus.OPEN.after(RoundStatus.Action.CLOSE)).isEqualTo(RoundStatus.CLOSED);
        assertThatThrownBy(() -> RoundStatus.CLOSED.after(RoundStatus.Action.CLOSE)).isInstanceOf(RoundAlreadyClosed.class);
    }
}
