package dev.praxis.web.reference;

import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Regions and directions from the registry, for the selects on forms and filters. */
@Component
public class ReferenceData {

    private final RestClient registry;

    ReferenceData(@Qualifier("registry") RestClient registry) {
        this.registry = registry;
    }

    public List<Region> regions() {
        return registry.get().uri("/api/v1/regions").retrieve().body(new ParameterizedTypeReference<>() {
        });
    }

    public List<Direction> directions() {
        return registry.get().uri("/api/v1/directions").retrieve().body(new ParameterizedTypeReference<>() {
        });
    }
}
