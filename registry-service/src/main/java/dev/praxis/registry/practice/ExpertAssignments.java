package dev.praxis.registry.practice;

import java.util.UUID;

/**
 * Whether an expert is assigned to a practice: the review feature answers (an invitation that is
 * open or answered yes), so that the practice's visibility can ask without depending on review.
 */
public interface ExpertAssignments {

    boolean isAssigned(String expertUsername, UUID practiceId);
}
