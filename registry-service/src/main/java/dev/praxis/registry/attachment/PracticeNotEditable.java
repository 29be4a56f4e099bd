package dev.praxis.registry.attachment;

import dev.praxis.registry.common.RuleViolated;
import dev.praxis.registry.practice.PracticeStatus;

/** Attachments change only with the practice's text: while its status allows editing (a draft). */
class PracticeNotEditable extends RuleViolated {

    PracticeNotEditable(PracticeStatus status) {
        super("attachments-only-while-editable",
                "The attachments of a practice in status %s cannot be changed".formatted(status));
    }
}
