package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;

import java.time.Instant;
import java.util.UUID;

/**
 * Domain events a practice records as it changes (Spring Data publishes them when the practice is
 * saved, in the same transaction). The outbox and the audit trail subscribe to them; the practice
 * knows none of its subscribers.
 */
public sealed interface PracticeChange {

    UUID practiceId();

    /** The practice's version after the change. */
    long version();

    /** A new draft was written. */
    record Drafted(UUID practiceId, long version, Actor by, Instant at) implements PracticeChange {
    }

    /** The practice moved from one status to another (or stayed in it: an edit is {@code EDIT} from a status to itself) through {@code action}. */
    record Moved(UUID practiceId, long version, PracticeAction action, PracticeStatus from, PracticeStatus to,
                 Actor by, Instant at, String reason) implements PracticeChange {
    }

    /** Another region asked to replicate the practice: the card's counter changed, nothing else. */
    record ReplicationCounted(UUID practiceId, long version) implements PracticeChange {
    }
}
