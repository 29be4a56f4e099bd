package dev.praxis.registry.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An expert's score of one criterion, 1 to 5, with a comment (required at 2 or below when submitted). */
@Embeddable
public record Score(@Column(name = "criterion_code") String criterion, int score, String comment) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** A score this low or lower needs a comment saying why. */
    public static final int NEEDS_COMMENT_AT_OR_BELOW = 2;

    boolean needsComment() {
        return score <= NEEDS_COMMENT_AT_OR_BELOW && (comment == null || comment.isBlank());
    }
}
