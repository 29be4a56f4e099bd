package dev.praxis.registry.practice;

/** A decision that needs a reason (a rejection, a revision request, …) came without one. */
public class ReasonRequired extends IllegalArgumentException {

    private final PracticeAction action;

    ReasonRequired(PracticeAction action) {
        super("'%s' needs a comment giving the reason".formatted(action.apiName()));
        this.action = action;
    }

    public PracticeAction action() {
        return action;
    }
}
