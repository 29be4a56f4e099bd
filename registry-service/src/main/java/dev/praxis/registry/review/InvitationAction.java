package dev.praxis.registry.review;

import java.util.Locale;

/** What happens to an invitation; the expert takes all but {@link #EXPIRE}, which the deadline takes. */
public enum InvitationAction {
    ACCEPT(true), DECLINE(true), EXPIRE(false), SAVE_REVIEW(true), SUBMIT_REVIEW(true);

    private final boolean byExpert;

    InvitationAction(boolean byExpert) {
        this.byExpert = byExpert;
    }

    public boolean isTakenByExpert() {
        return byExpert;
    }

    /** The name used in the API ({@code actions}, problem details): {@code submit-review}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
