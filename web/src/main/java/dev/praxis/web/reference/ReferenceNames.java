package dev.praxis.web.reference;

import dev.praxis.web.downstream.ServiceException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClientException;

/**
 * Region, direction and federal district names in the page's language. The services answer with
 * Russian names beside the codes; an English page looks the English ones up here. Without
 * reference data ({@link #none()}) every name is the one the service gave.
 */
public final class ReferenceNames {

    private static final Logger log = LoggerFactory.getLogger(ReferenceNames.class);

    private final Map<String, String> regions = new HashMap<>();
    private final Map<String, String> directions = new HashMap<>();
    private final Map<String, String> districts = new HashMap<>();

    private ReferenceNames() {
    }

    /** Names are a convenience: when the registry is down a page shows the names or codes it has. */
    public static ReferenceNames from(ReferenceData referenceData, Locale locale) {
        try {
            return of(referenceData.regions(), referenceData.directions(), locale);
        } catch (ServiceException | RestClientException unavailable) {
            log.warn("Reference data unavailable, names as the services gave them: {}", unavailable.getMessage());
            return none();
        }
    }

    static ReferenceNames of(List<Region> regions, List<Direction> directions, Locale locale) {
        var names = new ReferenceNames();
        for (Region region : regions) {
            names.regions.putIfAbsent(region.code(), region.name(locale));
            // The search's district facet is keyed by the Russian name, as the index stores it.
            names.districts.putIfAbsent(region.federalDistrict(), region.federalDistrict(locale));
        }
        for (Direction direction : directions) {
            names.directions.putIfAbsent(direction.code(), direction.name(locale));
        }
        return names;
    }

    public static ReferenceNames none() {
        return new ReferenceNames();
    }

    public String region(String code, String given) {
        return code == null ? given : regions.getOrDefault(code, given != null ? given : code);
    }

    public String direction(String code, String given) {
        return code == null ? given : directions.getOrDefault(code, given != null ? given : code);
    }

    /** {@code russianName} is the district as search-service names it. */
    public String district(String russianName) {
        return russianName == null ? null : districts.getOrDefault(russianName, russianName);
    }
}
