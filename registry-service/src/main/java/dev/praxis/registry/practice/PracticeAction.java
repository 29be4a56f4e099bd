package dev.praxis.registry.practice;

/** What someone tries to do with a practice; {@link PracticeStatus} decides whether its status allows it. */
public enum PracticeAction {
    EDIT, SUBMIT, APPROVE, REJECT, ARCHIVE;

    /** The name used in the API, e.g. in a refused transition's problem details. */
    public String apiName() {
        return name().toLowerCase();
    }
}
