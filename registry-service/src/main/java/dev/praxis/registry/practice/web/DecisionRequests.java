package dev.praxis.registry.practice.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the moves. Whether a move needs its comment is the practice's rule
 * ({@code PracticeAction.needsReason}), said once there and reported as a 400 naming {@code comment}.
 */
final class DecisionRequests {

    private DecisionRequests() {
    }

    /** A move with an optional comment (a reason, for the decisions that need one). */
    record Decision(@Size(max = 4000) String comment) {

        static String commentOf(Decision decision) {
            return decision == null ? null : decision.comment();
        }
    }

    /** Recommended for mass replication in {@code year}; the range is the practice's rule. */
    record Recommendation(@NotNull Integer year, @Size(max = 4000) String comment) {
    }
}
