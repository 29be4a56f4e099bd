package dev.praxis.registry.review;

import dev.praxis.registry.common.InvalidInput;

/**
 * An answer or a review broke one of review's rules: a low score without a comment, a criterion
 * the round's rubric does not have, a decline without a reason, an acceptance without the
 * declaration of no conflict, an expert without a profile, a due date already past.
 */
public class ReviewInputRefused extends InvalidInput {

    ReviewInputRefused(String field, String rule, String message) {
        super(field, rule, message);
    }
}
