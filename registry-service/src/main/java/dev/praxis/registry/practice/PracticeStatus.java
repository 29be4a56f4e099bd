package dev.praxis.registry.practice;

import java.util.Map;

import static dev.praxis.registry.practice.PracticeAction.APPROVE;
import static dev.praxis.registry.practice.PracticeAction.ARCHIVE;
import static dev.praxis.registry.practice.PracticeAction.EDIT;
import static dev.praxis.registry.practice.PracticeAction.REJECT;
import static dev.praxis.registry.practice.PracticeAction.SUBMIT;

/**
 * Lifecycle of a practice. The transition table below is the only place that says which
 * action is allowed in which status; every change of a practice goes through {@link #after}.
 */
public enum PracticeStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, ARCHIVED;

    private static final Map<PracticeStatus, Map<PracticeAction, PracticeStatus>> TRANSITIONS = Map.of(
            DRAFT, Map.of(EDIT, DRAFT, SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(APPROVE, APPROVED, REJECT, REJECTED),
            APPROVED, Map.of(ARCHIVE, ARCHIVED),
            REJECTED, Map.of(),
            ARCHIVED, Map.of());

    public boolean allows(PracticeAction action) {
        return TRANSITIONS.get(this).containsKey(action);
    }

    /**
     * @return the status a practice has after {@code action}
     * @throws TransitionNotAllowed when this status does not allow the action
     */
    public PracticeStatus after(PracticeAction action) {
        var next = TRANSITIONS.get(this).get(action);
        if (next == null) {
            throw new TransitionNotAllowed(this, action);
        }
        return next;
    }
}
