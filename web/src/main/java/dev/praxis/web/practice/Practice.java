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
        List<Effect> effects, String status, boolean published, Integer recommendedYear, String authorName,
        Integer replicationCount, Long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime submittedAt, OffsetDateTime approvedAt, OffsetDateTime archivedAt, List<String> actions) {

    public Practice {
        tags = tags == null ? List.of() : List.copyOf(tags);
        steps = steps == null ? List.of() : List.copyOf(steps);
        effects = effects == null ? List.of() : List.copyOf(effects);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * Whether the signed-in user may take {@code action} now ({@code "submit"}, {@code "edit"}…):
     * the registry says so in {@code actions}; the web decides nothing from the status.
     */
    public boolean may(String action) {
        return actions.contains(action);
    }

    /** The moves to offer as buttons: every action but editing and deleting, which have their own places. */
    public List<PracticeMove> moves() {
        return actions.stream().flatMap(action -> PracticeMove.named(action).stream()).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(int position, String title, String description, String responsible, Integer durationDays) {
    }

    /** A measured result: an indicator before and after the practice, in its unit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Effect(int position, String indicator, String unit, BigDecimal before, BigDecimal after) {
    }
}
