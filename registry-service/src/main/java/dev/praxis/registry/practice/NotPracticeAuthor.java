package dev.praxis.registry.practice;

import dev.praxis.registry.common.AccessRefused;

/** Someone other than the author tried to change a practice. */
public class NotPracticeAuthor extends AccessRefused {

    NotPracticeAuthor() {
        super("Only the author of a practice may change or submit it");
    }
}
