package dev.praxis.registry.practice;

import java.util.List;
import java.util.Objects;

/** The editable content of a practice, as the author writes it. */
public record PracticeDraft(String title, String regionCode, String directionCode, String language,
                            String problem, String solution, List<Step> steps) {

    public static final String DEFAULT_LANGUAGE = "ru";

    public PracticeDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(directionCode, "directionCode");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(solution, "solution");
        language = language == null ? DEFAULT_LANGUAGE : language;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
