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

    /** Experts read what is under review, and only the practices they are assigned to ({@link ExpertAssignments}). */
    private static final Set<PracticeStatus> FOR_EXPERTS = EnumSet.of(UNDER_REVIEW);

    private PracticeVisibility() {
    }

    /** For a viewer who is not an expert assigned to the practice. */
    public static boolean maySee(Actor viewer, Practice practice) {
        return maySee(viewer, practice.getStatus(), practice.isWrittenBy(viewer), false);
    }

    public static boolean maySee(Actor viewer, Practice practice, ExpertAssignments assignments) {
        return maySee(viewer, practice.getStatus(), practice.isWrittenBy(viewer),
                viewer.isExpert() && assignments.isAssigned(viewer.username(), practice.getId()));
    }

    /**
     * The policy as the shared matrix (docs/visibility.csv) states it, where the expert row is an
     * expert assigned to the practice.
     */
    public static boolean maySee(Actor viewer, PracticeStatus status, boolean ownPractice) {
        return maySee(viewer, status, ownPractice, true);
    }

    /** The policy itself: published practices are public; authors see their own; coordinators all but others' drafts. */
    public static boolean maySee(Actor viewer, PracticeStatus status, boolean ownPractice, boolean assignedExpert) {
        return status.isPublished()
                || ownPractice
                || viewer.isCoordinator() && status != DRAFT
                || viewer.isExpert() && assignedExpert && FOR_EXPERTS.contains(status);
    }
}
