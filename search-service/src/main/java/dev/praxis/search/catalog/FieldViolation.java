package dev.praxis.search.catalog;

/**
 * One broken rule of a request parameter; {@code rule} names the constraint (as Bean Validation
 * would) and {@code limit} is the bound it broke, for the message.
 */
public record FieldViolation(String field, String rule, long limit) {
}
