package dev.praxis.registry.version;

import dev.praxis.registry.common.NotFound;

import java.util.UUID;

/** The practice has no version with this number (yet). */
public class VersionNotFound extends NotFound {

    VersionNotFound(UUID practiceId, int number) {
        super("Practice %s has no version %d".formatted(practiceId, number));
    }
}
