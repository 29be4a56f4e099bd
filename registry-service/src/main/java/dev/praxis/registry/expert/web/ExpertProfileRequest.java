package dev.praxis.registry.expert.web;

import dev.praxis.registry.expert.ExpertProfileDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** An expert profile as written through the API; the codes are checked against the reference data by the service. */
record ExpertProfileRequest(
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 320) String email,
        @NotBlank @Size(max = 10) String regionCode,
        @NotBlank @Size(max = 300) String organisation,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> directions,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> keywords,
        @Min(ExpertProfileDraft.MIN_OPEN_REVIEWS) @Max(ExpertProfileDraft.MAX_OPEN_REVIEWS) Integer maxOpenReviews,
        @Valid Conflicts conflicts) {

    /** What the expert declares they are too close to. */
    record Conflicts(
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> organisations,
            @Size(max = 20) List<@NotBlank @Size(max = 10) String> regions,
            @Size(max = 50) List<@NotNull UUID> practiceIds) {
    }

    ExpertProfileDraft toDraft() {
        var declared = conflicts == null ? new Conflicts(null, null, null) : conflicts;
        return new ExpertProfileDraft(displayName, email, regionCode, organisation, directions, keywords,
                maxOpenReviews, declared.organisations(), declared.regions(), declared.practiceIds());
    }
}
