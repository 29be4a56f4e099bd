package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.PracticeStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response shapes of the practice API. */
final class PracticeResponses {

    private PracticeResponses() {
    }

    // actions: what the caller may do now, in API names ("submit", "request-revision"); clients draw
    // their buttons from it instead of deciding from the status. published: in the public catalogue.

    record PracticeResponse(UUID id, String title, String summary, String regionCode, String regionName,
                            String municipality, String directionCode, String directionName, List<String> tags,
                            Integer startYear, BigDecimal budgetRub, String language, String problem,
                            String solution, List<StepResponse> steps, List<EffectResponse> effects,
                            PracticeStatus status, boolean published, Integer recommendedYear, String authorName,
                            int replicationCount, long version, Instant createdAt, Instant updatedAt,
                            Instant submittedAt, Instant approvedAt, Instant archivedAt, List<String> actions) {
    }

    record StepResponse(int position, String title, String description, String responsible, Integer durationDays) {
    }

    record EffectResponse(int position, String indicator, String unit, BigDecimal before, BigDecimal after) {
    }

    record PracticeSummary(UUID id, String title, String regionCode, String regionName, String directionCode,
                           String directionName, PracticeStatus status, String authorName, Instant submittedAt,
                           Instant updatedAt, long version, List<String> actions) {
    }
}
