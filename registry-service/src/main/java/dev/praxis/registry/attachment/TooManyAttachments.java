package dev.praxis.registry.attachment;

import dev.praxis.registry.common.RuleViolated;

/** A practice already carries as many files as it may. */
class TooManyAttachments extends RuleViolated {

    TooManyAttachments(int max) {
        super("attachments-per-practice", "A practice may carry at most %d attachments".formatted(max));
    }
}
