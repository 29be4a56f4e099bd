package dev.praxis.registry.review;

import dev.praxis.registry.common.RuleViolated;

/** The expert already has as many open reviews as their profile allows. */
public class ExpertAtCapacity extends RuleViolated {

    ExpertAtCapacity(String expert, int max) {
        super("expert-capacity", "Expert %s already has %d open reviews, their maximum".formatted(expert, max));
    }
}
