package dev.praxis.registry.practice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.registry.practice.PracticeAction.APPROVE;
import static dev.praxis.registry.practice.PracticeAction.ARCHIVE;
import static dev.praxis.registry.practice.PracticeAction.DELETE;
import static dev.praxis.registry.practice.PracticeAction.EDIT;
import static dev.praxis.registry.practice.PracticeAction.RECOMMEND;
import static dev.praxis.registry.practice.PracticeAction.REJECT;
import static dev.praxis.registry.practice.PracticeAction.REQUEST_REVISION;
import static dev.praxis.registry.practice.PracticeAction.START_REVIEW;
import static dev.praxis.registry.practice.PracticeAction.START_SCREENING;
import static dev.praxis.registry.practice.PracticeAction.SUBMIT;
import static dev.praxis.registry.practice.PracticeAction.WITHDRAW;

/**
 * Lifecycle of a practice (docs/lifecycle.md). The transition table below is the only place
 * that says which action is allowed in which status and where it leads; who takes an action
 * is the action's business ({@link PracticeAction#isFor}). Every change goes through {@link #after}.
 */
public enum PracticeStatus {
    DRAFT, SUBMITTED, SCREENING, UNDER_REVIEW, REVISION_REQUESTED, WITHDRAWN, APPROVED, RECOMMENDED, REJECTED,
    ARCHIVED;

    private static final Map<PracticeStatus, Map<PracticeAction, PracticeStatus>> TRANSITIONS = table();

    private static Map<PracticeStatus, Map<PracticeAction, PracticeStatus>> table() {
        var table = new EnumMap<PracticeStatus, Map<PracticeAction, PracticeStatus>>(PracticeStatus.class);
        // A deleted draft is gone; DELETE "leads" to DRAFT only because a table cell needs a value.
        table.put(DRAFT, Map.of(EDIT, DRAFT, SUBMIT, SUBMITTED, DELETE, DRAFT));
        table.put(SUBMITTED, Map.of(START_SCREENING, SCREENING, WITHDRAW, WITHDRAWN));
        table.put(SCREENING, Map.of(START_REVIEW, UNDER_REVIEW, REQUEST_REVISION, REVISION_REQUESTED,
                REJECT, REJECTED, WITHDRAW, WITHDRAWN));
        table.put(UNDER_REVIEW, Map.of(APPROVE, APPROVED, REQUEST_REVISION, REVISION_REQUESTED, REJECT, REJECTED,
                WITHDRAW, WITHDRAWN));
        // Resubmitting a revised or withdrawn practice freezes a new version and starts a new round.
        table.put(REVISION_REQUESTED, Map.of(EDIT, REVISION_REQUESTED, SUBMIT, SUBMITTED));
        table.put(WITHDRAWN, Map.of(EDIT, WITHDRAWN, SUBMIT, SUBMITTED));
        table.put(APPROVED, Map.of(RECOMMEND, RECOMMENDED, ARCHIVE, ARCHIVED));
        table.put(RECOMMENDED, Map.of(ARCHIVE, ARCHIVED));
        table.put(REJECTED, Map.of());
        table.put(ARCHIVED, Map.of());
        return table;
    }

    public boolean allows(PracticeAction action) {
        return TRANSITIONS.get(this).containsKey(action);
    }

    /** The actions this status allows, in the order of {@link PracticeAction}. */
    public List<PracticeAction> actions() {
        return java.util.Arrays.stream(PracticeAction.values()).filter(this::allows).toList();
    }

    /** In the public catalogue. */
    public boolean isPublished() {
        return this == APPROVED || this == RECOMMENDED;
    }

    /**
     * @return the status a practice has after {@code action}
     * @throws TransitionNotAllowed when this status does not allow the action
     */
    PracticeStatus after(PracticeAction action, List<PracticeAction> allowedForCaller) {
        var next = TRANSITIONS.get(this).get(action);
        if (next == null) {
            throw new TransitionNotAllowed(this, action, allowedForCaller);
        }
        return next;
    }
}
