package dev.praxis.registry.version;

import java.time.Instant;

/** One frozen submission of a practice: its number (1, 2, 3…), when and by whom (display name) it was submitted. */
public record PracticeVersion(int number, Instant submittedAt, String submittedByName) {
}
