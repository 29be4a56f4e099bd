package dev.praxis.registry.replication.web;

import dev.praxis.registry.reference.KnownRegion;
import dev.praxis.registry.replication.ReplicationRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/replications}. */
record ReplicationBody(
        @NotNull UUID practiceId,
        @NotBlank @KnownRegion String regionCode,
        @Size(max = 200) String targetMunicipality,
        @NotBlank @Size(max = 4000) String reason,
        @NotNull LocalDate plannedStart) {

    ReplicationRequest toRequest() {
        return new ReplicationRequest(practiceId, regionCode, targetMunicipality, reason, plannedStart);
    }
}
