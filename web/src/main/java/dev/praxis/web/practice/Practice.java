package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A practice card as the registry returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Practice(UUID id, String title, String regionCode, String regionName, String directionCode,
        String directionName, String language, String problem, String solution, List<Step> steps, String status,
        String authorUsername, String authorName, Long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime submittedAt, OffsetDateTime approvedAt) {

    public Practice {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }

    public boolean isSubmitted() {
        return "SUBMITTED".equals(status);
    }

    public boolean isApproved() {
        return "APPROVED".equals(status);
    }

    public boolean isAuthoredBy(String username) {
        return authorUsername != null && authorUsername.equals(username);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(int position, String title, String description, String responsible, Integer durationDays) {
    }
}
