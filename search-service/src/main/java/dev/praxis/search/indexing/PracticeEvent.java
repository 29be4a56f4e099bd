package dev.praxis.search.indexing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One entry of the registry's change feed ({@code GET /internal/v1/practice-events}). */
record PracticeEvent(String cursor, String type, String practiceId, long version, Instant occurredAt,
                     Card practice) {

    static final String CHANGED = "PracticeChanged";

    /**
     * The registry's {@code PracticeCard}: a non-draft practice as of one change. The rebuild
     * reads the same shape from {@code /internal/v1/practice-cards}.
     */
    record Card(String id, long version, String status, String title, String summary, String regionCode,
                String regionName, String federalDistrict, String municipality, String directionCode,
                String directionName, List<String> tags, Integer startYear, BigDecimal budgetRub, String language,
                String problem, String solution, List<Step> steps, List<Effect> effects, String authorName,
                int replicationCount, BigDecimal expertScore, Instant submittedAt, Instant publishedAt,
                Instant updatedAt) {
    }

    record Step(Integer position, String title, String description) {
    }

    record Effect(String indicator, String unit, BigDecimal before, BigDecimal after) {
    }
}
