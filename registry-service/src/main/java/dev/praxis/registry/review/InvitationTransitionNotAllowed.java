package dev.praxis.registry.review;

import java.util.List;

/** An invitation in its status does not allow what was asked (answering twice, changing a submitted review). */
public class InvitationTransitionNotAllowed extends RuntimeException {

    private final InvitationStatus currentStatus;
    private final InvitationAction action;

    InvitationTransitionNotAllowed(InvitationStatus currentStatus, InvitationAction action) {
        super("An invitation in status %s does not allow '%s'".formatted(currentStatus, action.apiName()));
        this.currentStatus = currentStatus;
        this.action = action;
    }

    public InvitationStatus currentStatus() {
        return currentStatus;
    }

    public InvitationAction action() {
        return action;
    }

    public List<InvitationAction> allowedActions() {
        return currentStatus.expertActions();
    }
}
