package dev.praxis.web.practice;

import java.math.BigDecimal;
import java.util.List;

/** The body of create and update requests (docs/contracts.md, {@code PracticeDraft}). */
record PracticeDraft(String title, String summary, String regionCode, String municipality, String directionCode,
        List<String> tags, Integer startYear, BigDecimal budgetRub, String problem, String solution,
        String language, List<Step> steps, List<Effect> effects) {

    record Step(String title, String description, String responsible, Integer durationDays) {
    }

    record Effect(String indicator, String unit, BigDecimal before, BigDecimal after) {
    }
}
