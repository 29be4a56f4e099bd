package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.PracticeStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response shapes of the practice API. */
final class PracticeResponses {

    private PracticeResponses() {
    }

    record PracticeResponse(UUID id, String title, String regionCode, String regionName, String directionCode,
                            String directionName, String language, String problem, String solution,
                            List<StepResponse> steps, PracticeStatus status, String authorUsername,
                            String authorName, long version, Instant createdAt, Instant updatedAt,
                            Instant submittedAt, Instant approvedAt) {
    }

    record StepResponse(int position, String title, String description, String responsible, Integer durationDays) {
    }

    record PracticeSummary(UUID id, String title, String regionCode, String regionName, String directionCode,
                           String directionName, PracticeStatus status, String authorName, Instant updatedAt) {
    }

    record HistoryEntry(PracticeStatus fromStatus, PracticeStatus toStatus, String actor, String actorName,
                        Instant at, String comment) {
    }
}
