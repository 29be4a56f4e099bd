package dev.praxis.registry.web;

/** One invalid input: the field (JSON path or parameter name; null when unknown), the rule it broke, and why. */
record FieldProblem(String field, String rule, String message) {
}
