package dev.praxis.web.replication;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A region's request to replicate a practice, with the practice's author as mentor. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Replication(UUID id, UUID practiceId, String practiceTitle, String regionCode, String regionName,
        String targetMunicipality, String reason, LocalDate plannedStart, String requestedBy, String requestedByName,
        String mentorUsername, String mentorName, String status, OffsetDateTime createdAt) {
}
