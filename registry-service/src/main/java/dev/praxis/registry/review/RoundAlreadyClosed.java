package dev.praxis.registry.review;

import dev.praxis.registry.common.RuleViolated;

/** A round that has closed takes no more answers or reviews. */
public class RoundAlreadyClosed extends RuleViolated {

    RoundAlreadyClosed() {
        super("round-open", "The review round is closed: it takes no more answers or reviews");
    }
}
