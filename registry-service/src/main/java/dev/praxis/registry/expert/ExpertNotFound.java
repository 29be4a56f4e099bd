package dev.praxis.registry.expert;

import dev.praxis.registry.common.NotFound;

/** No expert profile with this username (yet: an expert writes theirs with PUT /api/v1/experts/me). */
public class ExpertNotFound extends NotFound {

    ExpertNotFound(String username) {
        super("No expert profile " + username);
    }
}
