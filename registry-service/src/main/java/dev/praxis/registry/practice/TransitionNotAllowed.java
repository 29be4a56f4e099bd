package dev.praxis.registry.practice;

import java.util.List;

/** A practice was asked to do something its current status does not allow, e.g. approving a draft. */
public class TransitionNotAllowed extends RuntimeException {

    private final PracticeStatus currentStatus;
    private final PracticeAction action;
    private final List<PracticeAction> allowedActions;

    TransitionNotAllowed(PracticeStatus currentStatus, PracticeAction action, List<PracticeAction> allowedActions) {
        super("A practice in status %s does not allow '%s'".formatted(currentStatus, action.apiName()));
        this.currentStatus = currentStatus;
        this.action = action;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public PracticeStatus currentStatus() {
        return currentStatus;
    }

    public PracticeAction action() {
        return action;
    }

    /** What the caller may do instead, now. */
    public List<PracticeAction> allowedActions() {
        return allowedActions;
    }
}
