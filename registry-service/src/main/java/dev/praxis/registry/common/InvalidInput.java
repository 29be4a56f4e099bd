package dev.praxis.registry.common;

/**
 * Input a feature's own rule refused, where only the domain can tell (a code that must exist, a
 * comment a low score needs). Becomes a 400 naming the field and the rule, like bean validation.
 */
public abstract class InvalidInput extends RuntimeException {

    private final String field;
    private final String rule;

    protected InvalidInput(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
