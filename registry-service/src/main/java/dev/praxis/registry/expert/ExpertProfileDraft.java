package dev.praxis.registry.expert;

import java.util.List;
import java.util.UUID;

/**
 * What an expert (or a coordinator correcting them) says about the expert. The web edge checks
 * lengths and required fields; {@link ExpertService} checks the codes against the reference data.
 */
public record ExpertProfileDraft(String displayName, String email, String regionCode, String organisation,
                                 List<String> directions, List<String> keywords, Integer maxOpenReviews,
                                 List<String> conflictOrganisations, List<String> conflictRegions,
                                 List<UUID> conflictPractices) {

    /** How many reviews an expert takes at once when they do not say. */
    public static final int DEFAULT_MAX_OPEN_REVIEWS = 3;
    public static final int MIN_OPEN_REVIEWS = 1;
    public static final int MAX_OPEN_REVIEWS = 20;

    public ExpertProfileDraft {
        directions = copy(directions);
        keywords = copy(keywords);
        conflictOrganisations = copy(conflictOrganisations);
        conflictRegions = copy(conflictRegions);
        conflictPractices = conflictPractices == null ? List.of() : List.copyOf(conflictPractices);
        maxOpenReviews = maxOpenReviews == null ? DEFAULT_MAX_OPEN_REVIEWS : maxOpenReviews;
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
    }
}
