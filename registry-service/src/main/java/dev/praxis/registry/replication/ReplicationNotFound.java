package dev.praxis.registry.replication;

import dev.praxis.registry.common.NotFound;

import java.util.UUID;

/** No replication request with this id, or none the caller may see. */
public class ReplicationNotFound extends NotFound {

    ReplicationNotFound(UUID id) {
        super("Replication request %s was not found".formatted(id));
    }
}
