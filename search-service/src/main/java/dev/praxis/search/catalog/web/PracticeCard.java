package dev.praxis.search.catalog.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A practice as the index holds it: the registry's card without its version. */
record PracticeCard(String id, String status, String title, String summary, String regionCode, String regionName,
                    String federalDistrict, String municipality, String directionCode, String directionName,
                    List<String> tags, Integer startYear, BigDecimal budgetRub, String language, String problem,
                    String solution, List<Step> steps, List<Effect> effects, String authorName, int replicationCount,
                    BigDecimal expertScore, Instant submittedAt, Instant publishedAt, Instant updatedAt) {

    record Step(Integer position, String title, String description) {
    }

    record Effect(String indicator, String unit, BigDecimal before, BigDecimal after) {
    }
}
