package dev.praxis.registry.review;

import dev.praxis.registry.practice.ExpertAssignments;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.UUID;

/** An expert is assigned to a practice while they hold an invitation to it that they have not turned down or let lapse. */
@Component
class InvitationAssignments implements ExpertAssignments {

    private static final EnumSet<InvitationStatus> ASSIGNED =
            EnumSet.of(InvitationStatus.INVITED, InvitationStatus.ACCEPTED, InvitationStatus.SUBMITTED);

    private final Invitations invitations;

    InvitationAssignments(Invitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public boolean isAssigned(String expertUsername, UUID practiceId) {
        return invitations.existsByPracticeIdAndExpertUsernameAndStatusIn(practiceId, expertUsername, ASSIGNED);
    }
}
