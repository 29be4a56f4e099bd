package dev.praxis.web.replication;

import dev.praxis.web.downstream.Page;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Replication requests in the registry. */
@Component
class ReplicationRegistry {

    private static final int PAGE_SIZE = 50;

    private final RestClient registry;

    ReplicationRegistry(@Qualifier("registry") RestClient registry) {
        this.registry = registry;
    }

    Replication request(ReplicationForm.NewReplication request) {
        return registry.post().uri("/api/v1/replications").body(request).retrieve().body(Replication.class);
    }

    Page<Replication> requestedByMe() {
        return registry.get().uri("/api/v1/replications/mine?size={size}", PAGE_SIZE).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    Page<Replication> mentoredByMe() {
        return registry.get().uri("/api/v1/replications/mentoring?size={size}", PAGE_SIZE).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }
}
