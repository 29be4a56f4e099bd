package dev.praxis.registry.expert;

/** One reason an expert is too close to a practice, with what matched (a region code, an organisation, a name). */
public record Conflict(ConflictReason reason, String detail) {
}
