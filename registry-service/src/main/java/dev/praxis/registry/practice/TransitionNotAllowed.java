package dev.praxis.registry.practice;

/** A practice was asked to do something its current status does not allow, e.g. approving a draft. */
public class TransitionNotAllowed extends RuntimeException {

    private final PracticeStatus currentStatus;
    private final PracticeAction action;

    TransitionNotAllowed(PracticeStatus currentStatus, PracticeAction action) {
        super("A practice in status %s cannot be %s".formatted(currentStatus, pastParticiple(action)));
        this.currentStatus = currentStatus;
        this.action = action;
    }

    public PracticeStatus currentStatus() {
        return currentStatus;
    }

    public PracticeAction action() {
        return action;
    }

    private static String pastParticiple(PracticeAction action) {
        return switch (action) {
            case EDIT -> "edited";
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case REJECT -> "rejected";
            case ARCHIVE -> "archived";
        };
    }
}
