package dev.praxis.registry.practice;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A draft broke one of {@link DraftRules}. The API checks the same rules on its request first, so
 * this reaches no caller of the API; it guards every other way a draft is built.
 */
public class InvalidDraft extends IllegalArgumentException {

    private final List<DraftRules.Violation> violations;

    InvalidDraft(List<DraftRules.Violation> violations) {
        super(violations.stream().map(v -> v.field() + " " + v.message() + " (" + v.rule() + ")")
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<DraftRules.Violation> violations() {
        return violations;
    }
}
