package dev.praxis.registry.replication.web;

import dev.praxis.registry.replication.ReplicationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

record ReplicationResponse(UUID id, UUID practiceId, String practiceTitle, String regionCode, String regionName,
                           String targetMunicipality, String reason, LocalDate plannedStart, String requestedBy,
                           String requestedByName, String mentorUsername, String mentorName,
                           ReplicationStatus status, Instant createdAt) {
}
