package dev.praxis.registry.audit;

import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.PracticeStatus;

import java.time.Instant;

/**
 * One line of a practice's audit trail. {@code action} is null for the creation of the draft;
 * people are named by their display name, never by their login.
 */
public record AuditEntry(PracticeAction action, PracticeStatus fromStatus, PracticeStatus toStatus,
                         String actorName, Instant at, String comment) {
}
