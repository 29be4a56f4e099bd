package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One line of a practice's audit trail: who (by name) did what, when and why. {@code action} is
 * the registry's action name, null for the creation of the draft.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HistoryEntry(String action, String fromStatus, String toStatus, String actorName, OffsetDateTime at,
        String comment) {

    private static final Set<String> DECISIONS = Set.of("request-revision", "reject", "approve", "recommend", "archive");

    /** A coordinator's decision the author must know about, shown at the top of the card. */
    boolean isDecision() {
        return action != null && DECISIONS.contains(action);
    }
}
