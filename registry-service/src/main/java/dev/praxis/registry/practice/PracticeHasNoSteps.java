package dev.praxis.registry.practice;

import dev.praxis.registry.common.RuleViolated;

/** Submission was refused because the implementation algorithm is empty. */
public class PracticeHasNoSteps extends RuleViolated {

    PracticeHasNoSteps() {
        super("steps-required", "A practice needs at least one implementation step before it can be submitted");
    }
}
