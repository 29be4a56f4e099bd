package dev.praxis.registry.review;

import java.util.List;

/** An invitation as its expert sees it: with its round, the practice's title, and what the expert may do now. */
public record InvitationView(Invitation invitation, ReviewRound round, String practiceTitle,
                             List<InvitationAction> actions) {

    static InvitationView of(Invitation invitation, ReviewRound round, String practiceTitle) {
        // A closed round takes no more answers or reviews, whatever the invitation's own status allows.
        var actions = round.isOpen() ? invitation.getStatus().expertActions() : List.<InvitationAction>of();
        return new InvitationView(invitation, round, practiceTitle, actions);
    }
}
