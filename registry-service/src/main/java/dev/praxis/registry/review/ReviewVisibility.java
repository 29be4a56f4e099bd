package dev.praxis.registry.review;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.PracticeStatus;

import java.util.Collection;
import java.util.Optional;

/**
 * Who sees which reviews (docs/review.md, "Who sees what"), in one place. Coordinators see every
 * round with the experts' identities. The practice's author sees the rounds that have closed,
 * reviews anonymised as "Expert 1", "Expert 2". An expert sees the rounds they are invited to:
 * their own review always, the others' only after the round has closed and anonymised.
 * Everybody else sees nothing, not even that there are rounds (404).
 */
public final class ReviewVisibility {

    private ReviewVisibility() {
    }

    /** How the viewer looks at the reviews of a practice. */
    public enum Role {
        COORDINATOR, AUTHOR, EXPERT
    }

    /**
     * @param viewerInvitations the viewer's invitations to rounds of this practice
     * @return empty when the viewer may not see the practice's reviews at all
     */
    public static Optional<Role> roleOf(Actor viewer, Practice practice, Collection<Invitation> viewerInvitations) {
        if (viewer.isCoordinator() && practice.getStatus() != PracticeStatus.DRAFT) {
            return Optional.of(Role.COORDINATOR);
        }
        if (practice.isWrittenBy(viewer)) {
            return Optional.of(Role.AUTHOR);
        }
        if (viewer.isExpert() && viewerInvitations.stream().anyMatch(ReviewVisibility::assigned)) {
            return Optional.of(Role.EXPERT);
        }
        return Optional.empty();
    }

    /** Whether the round shows at all; {@code viewerInvitation} is the viewer's invitation to it, if any. */
    static boolean seesRound(Role role, ReviewRound round, Optional<Invitation> viewerInvitation) {
        return switch (role) {
            case COORDINATOR -> true;
            case AUTHOR -> !round.isOpen();
            case EXPERT -> viewerInvitation.filter(ReviewVisibility::assigned).isPresent();
        };
    }

    /** Whether a submitted review by someone else than the viewer shows. */
    static boolean seesOthersReviews(Role role, ReviewRound round) {
        return role == Role.COORDINATOR || !round.isOpen();
    }

    /** The aggregate and spreads are everybody's who sees the round, once it has closed; the coordinator's at once. */
    static boolean seesAggregate(Role role, ReviewRound round) {
        return seesOthersReviews(role, round);
    }

    /** Only coordinators see who wrote which review, and the invitations of a round. */
    static boolean seesIdentities(Role role) {
        return role == Role.COORDINATOR;
    }

    private static boolean assigned(Invitation invitation) {
        return invitation.getStatus() == InvitationStatus.INVITED || invitation.getStatus() == InvitationStatus.ACCEPTED
                || invitation.getStatus() == InvitationStatus.SUBMITTED;
    }
}
