package dev.praxis.registry.replication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** An official's request to replicate a published practice in their region. */
public record ReplicationRequest(UUID practiceId, String regionCode, String targetMunicipality, String reason,
                                 LocalDate plannedStart) {

    public ReplicationRequest {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(plannedStart, "plannedStart");
    }
}
