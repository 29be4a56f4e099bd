package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A practice in a list: the author's own, or the coordinator's queue. */
@JsonIgnoreProperties(ignoreUnknown = true)
record PracticeSummary(UUID id, String title, String regionCode, String regionName, String directionCode,
        String directionName, String status, String authorName, OffsetDateTime updatedAt) {
}
