package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;

import java.util.EnumSet;
import java.util.Set;

import static dev.praxis.registry.practice.PracticeStatus.DRAFT;
import static dev.praxis.registry.practice.PracticeStatus.UNDER_REVIEW;

/**
 * Who may see a practice (docs/lifecycle.md, "Who sees what"; the matrix in docs/visibility.csv
 * is checked against this policy and against search's). A practice someone may not see does not
 * exist for them: every answer about it is a 404, so nobody learns that someone's draft exists.
 */
public final class PracticeVisibility {

    /** Experts read what is under review; the review feature narrows this to their own invitations. */
    private static final Set<PracticeStatus> FOR_EXPERTS = EnumSet.of(UNDER_REVIEW);

    private PracticeVisibility() {
    }

    public static boolean maySee(Actor viewer, Practice practice) {
        return maySee(viewer, practice.getStatus(), practice.isWrittenBy(viewer));
    }

    /** The policy itself: published practices are public; authors see their own; coordinators all but others' drafts. */
    public static boolean maySee(Actor viewer, PracticeStatus status, boolean ownPractice) {
        return status.isPublished()
                || ownPractice
                || viewer.isCoordinator() && status != DRAFT
                || viewer.isExpert() && FOR_EXPERTS.contains(status);
    }
}
