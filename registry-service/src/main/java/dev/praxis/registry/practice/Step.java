package dev.praxis.registry.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/**
 * One step of a practice's implementation algorithm: what is done, who does it, how long it takes,
 * what it needs, what it yields and how its success is measured. Its position is its place in the
 * list; its {@code key} stays the same across edits, so versions of a card compare step by step.
 * Every text has an optional English version ({@code ...En}).
 */
@Embeddable
public record Step(@Column(name = "key") UUID key, String title, String titleEn, String description,
                   String descriptionEn, String responsible, String responsibleEn, Integer durationDays,
                   String resources, String resourcesEn, String documents, String documentsEn, String kpi,
                   String kpiEn) {

    /** A step with a fresh key and no English texts: what a caller that knows nothing of keys writes. */
    public Step(String title, String description, String responsible, Integer durationDays) {
        this(null, title, null, description, null, responsible, null, durationDays, null, null, null, null, null,
                null);
    }

    Step withKey(UUID newKey) {
        return new Step(newKey, title, titleEn, description, descriptionEn, responsible, responsibleEn, durationDays,
                resources, resourcesEn, documents, documentsEn, kpi, kpiEn);
    }
}
