package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A practice card as the registry returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Practice(UUID id, String title, String summary, String regionCode, String regionName,
        String municipality, String directionCode, String directionName, List<String> tags, Integer startYear,
        BigDecimal budgetRub, String language, String problem, String solution, List<Step> steps,
        List<Effect> effects, String status, String authorUsername, String authorName, Integer replicationCount,
        Long version, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime submittedAt,
        OffsetDateTime approvedAt, OffsetDateTime archivedAt) {

    public Practice {
        tags = tags == null ? List.of() : List.copyOf(tags);
        steps = steps == null ? List.of() : List.copyOf(steps);
        effects = effects == null ? List.of() : List.copyOf(effects);
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

    /** A measured result: an indicator before and after the practice, in its unit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Effect(int position, String indicator, String unit, BigDecimal before, BigDecimal after) {
    }
}
