package dev.praxis.web.reference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Regions and directions from the registry, for the selects on forms and filters and the names on
 * every catalogue page and practice card. They change only with a registry release, so one answer
 * serves all pages for {@link #FRESH_FOR}; a failed fetch is not kept and the next page asks again.
 */
@Component
public class ReferenceData {

    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private final RestClient registry;
    private final Cache<String, List<Region>> regions = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).build();
    private final Cache<String, List<Direction>> directions =
            Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).build();

    ReferenceData(@Qualifier("registry") RestClient registry) {
        this.registry = registry;
    }

    public List<Region> regions() {
        return regions.get("all", all -> registry.get().uri("/api/v1/regions").retrieve()
                .body(new ParameterizedTypeReference<>() {
                }));
    }

    public List<Direction> directions() {
        return directions.get("all", all -> registry.get().uri("/api/v1/directions").retrieve()
                .body(new ParameterizedTypeReference<>() {
                }));
    }
}
