package dev.praxis.search.catalog;

import java.util.List;
import java.util.Set;

/**
 * Who is searching, and so which practices they may find (the search side of the visibility
 * matrix in docs/visibility.csv; the registry's PracticeVisibility is the other). The public
 * finds published practices; experts also those under review; coordinators every practice that
 * has been submitted. Search knows no authorship: an author's own unpublished practices are in
 * «Мои практики», not here.
 */
public enum Viewer {
    PUBLIC(PracticeDocument.PUBLISHED),
    EXPERT(List.of("APPROVED", "RECOMMENDED", "UNDER_REVIEW")),
    COORDINATOR(List.of("SUBMITTED", "SCREENING", "UNDER_REVIEW", "REVISION_REQUESTED", "WITHDRAWN", "APPROVED",
            "RECOMMENDED", "REJECTED", "ARCHIVED"));

    /** Every status a practice in the index can have: drafts never reach it. */
    static final Set<String> STATUSES = Set.copyOf(COORDINATOR.statuses);

    private final List<String> statuses;

    Viewer(List<String> statuses) {
        this.statuses = List.copyOf(statuses);
    }

    /** Experts and coordinators search their queues and see the status facet. */
    public boolean staff() {
        return this != PUBLIC;
    }

    /** The statuses of the practices this viewer may find. */
    public List<String> statuses() {
        return statuses;
    }

    public boolean maySee(String status) {
        return statuses.contains(status);
    }

    boolean maySee(PracticeDocument practice) {
        return maySee(practice.status());
    }
}
