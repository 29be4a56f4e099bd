package dev.praxis.registry.version;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One side of a diff: a frozen version by its number, or the practice's content as it is now
 * ({@code current}), so that an author sees what they changed since the last submission.
 */
public record VersionRef(Integer number) {

    public static final String CURRENT_NAME = "current";

    public static VersionRef current() {
        return new VersionRef(null);
    }

    public static VersionRef of(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Versions are numbered from 1");
        }
        return new VersionRef(number);
    }

    public boolean isCurrent() {
        return number == null;
    }

    /** The number, or {@code "current"}, as the API writes it. */
    @JsonValue
    Object asJson() {
        return isCurrent() ? CURRENT_NAME : number;
    }
}
