package dev.praxis.registry.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the search side indexes of a practice that has left DRAFT: the payload of every
 * {@code PracticeChanged} event and the rows of the rebuild snapshot (docs/contracts.md).
 * {@code status} is the practice's status name; {@code publishedAt} is the approval time.
 */
public record PracticeCard(UUID id, long version, String status, String title, String summary,
                           String regionCode, String regionName, String federalDistrict, String municipality,
                           String directionCode, String directionName, List<String> tags, Integer startYear,
                           BigDecimal budgetRub, String language, String problem, String solution,
                           List<Step> steps, List<Effect> effects, String authorName, int replicationCount,
                           Double expertScore, Instant submittedAt, Instant publishedAt, Instant updatedAt) {

    public record Step(int position, String title, String description) {
    }

    public record Effect(String indicator, String unit, BigDecimal before, BigDecimal after) {
    }
}
