package dev.praxis.registry.review;

import dev.praxis.registry.common.InvalidInput;

/** A new rubric broke a rule of rubrics: unique criterion codes, weights that add up to 100. */
public class RubricRefused extends InvalidInput {

    RubricRefused(String field, String rule, String message) {
        super(field, rule, message);
    }
}
