package dev.praxis.registry.practice;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The editable content of a practice, as the author writes it. */
public record PracticeDraft(String title, String summary, String regionCode, String municipality,
                            String directionCode, List<String> tags, Integer startYear, BigDecimal budgetRub,
                            String language, String problem, String solution, List<Step> steps,
                            List<Effect> effects) {

    public static final String DEFAULT_LANGUAGE = "ru";

    public PracticeDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(directionCode, "directionCode");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(solution, "solution");
        summary = blankAsAbsent(summary);
        municipality = blankAsAbsent(municipality);
        tags = distinct(tags);
        language = language == null ? DEFAULT_LANGUAGE : language;
        steps = steps == null ? List.of() : List.copyOf(steps);
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    /** Trimmed, in the author's order; a tag repeated in another letter case counts once (the first spelling wins). */
    private static List<String> distinct(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        var byKey = new LinkedHashMap<String, String>();
        tags.stream().map(String::strip).forEach(tag -> byKey.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag));
        return List.copyOf(byKey.values());
    }

    private static String blankAsAbsent(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
