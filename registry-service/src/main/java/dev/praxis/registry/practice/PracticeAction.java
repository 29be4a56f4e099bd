package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;

import java.util.Locale;

/**
 * What someone may do with a practice, and who: the author of the practice or a coordinator.
 * {@link PracticeStatus} decides in which status each action is allowed.
 */
public enum PracticeAction {
    EDIT(Party.AUTHOR, Reason.NONE),
    SUBMIT(Party.AUTHOR, Reason.NONE),
    WITHDRAW(Party.AUTHOR, Reason.OPTIONAL),
    DELETE(Party.AUTHOR, Reason.NONE),
    START_SCREENING(Party.COORDINATOR, Reason.NONE),
    START_REVIEW(Party.COORDINATOR, Reason.OPTIONAL),
    REQUEST_REVISION(Party.COORDINATOR, Reason.REQUIRED),
    APPROVE(Party.COORDINATOR, Reason.OPTIONAL),
    REJECT(Party.COORDINATOR, Reason.REQUIRED),
    RECOMMEND(Party.COORDINATOR, Reason.REQUIRED),
    ARCHIVE(Party.COORDINATOR, Reason.REQUIRED);

    private final Party party;
    private final Reason reason;

    PracticeAction(Party party, Reason reason) {
        this.party = party;
        this.reason = reason;
    }

    /** Whether {@code actor} is the one who takes this action on a practice written by {@code authorUsername}. */
    public boolean isFor(Actor actor, String authorUsername) {
        return switch (party) {
            case AUTHOR -> actor.is(authorUsername);
            case COORDINATOR -> actor.isCoordinator();
        };
    }

    boolean isTakenByAuthor() {
        return party == Party.AUTHOR;
    }

    /** Decisions that turn a practice down or take it away tell the author why. */
    public boolean needsReason() {
        return reason == Reason.REQUIRED;
    }

    /** Whether a reason given with the action is kept in the audit trail. */
    boolean takesReason() {
        return reason != Reason.NONE;
    }

    /** The name used in the API ({@code actions}, problem details): {@code request-revision}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private enum Party { AUTHOR, COORDINATOR }

    private enum Reason { NONE, OPTIONAL, REQUIRED }
}
