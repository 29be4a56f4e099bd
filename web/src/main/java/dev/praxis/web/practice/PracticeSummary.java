package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A practice in a list: the author's own, or the coordinator's queue. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PracticeSummary(UUID id, String title, String regionCode, String regionName, String directionCode,
        String directionName, String status, String authorName, OffsetDateTime submittedAt,
        OffsetDateTime updatedAt, Long version, List<String> actions) {

    PracticeSummary {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public boolean may(String action) {
        return actions.contains(action);
    }
}
