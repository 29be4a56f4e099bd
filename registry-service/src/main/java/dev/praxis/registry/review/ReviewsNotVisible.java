package dev.praxis.registry.review;

import dev.praxis.registry.common.NotFound;

import java.util.UUID;

/** The caller is neither a coordinator, the author nor an expert invited to the practice: for them it has no reviews. */
public class ReviewsNotVisible extends NotFound {

    ReviewsNotVisible(UUID practiceId) {
        super("No practice " + practiceId);
    }
}
