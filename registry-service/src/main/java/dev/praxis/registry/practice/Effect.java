package dev.praxis.registry.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A measured effect of a practice: an indicator with its value before and after implementation,
 * the period it was measured over and the evidence for it — a link ({@code evidenceUrl}) and/or a
 * text reference ({@code evidence}); attachments are not stored yet, so a document is cited by link.
 * Its position is its place in the list; its {@code key} stays the same across edits.
 */
@Embeddable
public record Effect(@Column(name = "key") UUID key, String indicator, String indicatorEn, String unit,
                     String unitEn,
                     @Column(name = "value_before") BigDecimal before,
                     @Column(name = "value_after") BigDecimal after,
                     String period, String periodEn, String evidenceUrl, String evidence, String evidenceEn) {

    /** An effect with a fresh key, without period, evidence or English texts. */
    public Effect(String indicator, String unit, BigDecimal before, BigDecimal after) {
        this(null, indicator, null, unit, null, before, after, null, null, null, null, null);
    }

    Effect withKey(UUID newKey) {
        return new Effect(newKey, indicator, indicatorEn, unit, unitEn, before, after, period, periodEn, evidenceUrl,
                evidence, evidenceEn);
    }
}
