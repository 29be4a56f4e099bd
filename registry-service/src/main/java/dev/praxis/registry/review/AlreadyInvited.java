package dev.praxis.registry.review;

import dev.praxis.registry.common.RuleViolated;

/** An expert is invited to a round once, whatever they answered. */
public class AlreadyInvited extends RuleViolated {

    AlreadyInvited(String expert) {
        super("one-invitation-per-round", "Expert %s is already invited to this round".formatted(expert));
    }
}
