package dev.praxis.registry.common;

/** A business rule refused the request. Becomes a 409 naming the rule. */
public abstract class RuleViolated extends RuntimeException {

    private final String rule;

    protected RuleViolated(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
