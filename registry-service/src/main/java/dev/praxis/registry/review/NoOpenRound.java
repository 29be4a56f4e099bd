package dev.praxis.registry.review;

import dev.praxis.registry.common.RuleViolated;

/** Experts are invited to the open round of a practice under review; this practice has none. */
public class NoOpenRound extends RuleViolated {

    NoOpenRound() {
        super("open-round", "The practice has no open review round: experts are invited while it is under review");
    }
}
