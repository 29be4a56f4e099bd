package dev.praxis.registry.replication;

import dev.praxis.registry.common.RuleViolated;

import java.util.UUID;

/** Replication was requested for a practice that is not in the public catalogue. */
public class PracticeNotPublished extends RuleViolated {

    PracticeNotPublished(UUID practiceId) {
        super("practice-not-published", "Practice %s is not published, so it cannot be replicated yet".formatted(practiceId));
    }
}
