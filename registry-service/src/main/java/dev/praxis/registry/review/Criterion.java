package dev.praxis.registry.review;

import jakarta.persistence.Embeddable;

/** One criterion of a rubric: a stable code, names and descriptions in Russian and English, a weight in percent. */
@Embeddable
public record Criterion(String code, String nameRu, String nameEn, String descriptionRu, String descriptionEn,
                        int weight) {
}
