package dev.praxis.registry.replication;

/** Progress of a replication request; only the first step exists so far. */
public enum ReplicationStatus {
    REQUESTED
}
