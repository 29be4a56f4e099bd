package dev.praxis.registry.practice;

import dev.praxis.registry.common.NotFound;

import java.util.UUID;

/** No practice with this id, or none the caller may see. */
public class PracticeNotFound extends NotFound {

    PracticeNotFound(UUID id) {
        super("Practice %s was not found".formatted(id));
    }
}
