package dev.praxis.search.catalog;

import java.util.List;

/** A search request broke one or more parameter rules; nothing was asked of the index. */
public class InvalidSearch extends RuntimeException {

    private final List<FieldViolation> violations;

    InvalidSearch(List<FieldViolation> violations) {
        super("Invalid search: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidSearch of(List<FieldViolation> violations) {
        return new InvalidSearch(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
