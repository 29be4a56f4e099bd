package dev.praxis.registry.expert.web;

import dev.praxis.registry.expert.ExpertProfile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An expert profile, for the expert themselves and for coordinators only. */
record ExpertProfileResponse(String username, String displayName, String email, String regionCode,
                             String organisation, List<String> directions, List<String> keywords,
                             int maxOpenReviews, Conflicts conflicts, Instant updatedAt) {

    record Conflicts(List<String> organisations, List<String> regions, List<UUID> practiceIds) {
    }

    static ExpertProfileResponse of(ExpertProfile profile) {
        return new ExpertProfileResponse(profile.getUsername(), profile.getDisplayName(), profile.getEmail(),
                profile.getRegionCode(), profile.getOrganisation(), profile.getDirections(), profile.getKeywords(),
                profile.getMaxOpenReviews(), new Conflicts(profile.getConflictOrganisations(),
                profile.getConflictRegions(), profile.getConflictPractices()), profile.getUpdatedAt());
    }
}
