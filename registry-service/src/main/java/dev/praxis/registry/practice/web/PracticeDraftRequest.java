package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.PracticeDraft;
import dev.praxis.registry.practice.Step;
import dev.praxis.registry.reference.KnownDirection;
import dev.praxis.registry.reference.KnownRegion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Body of creating or revising a practice ({@code PracticeDraft} in the contract). */
record PracticeDraftRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @KnownRegion String regionCode,
        @NotBlank @KnownDirection String directionCode,
        @Pattern(regexp = "ru|en", message = "must be 'ru' or 'en'") String language,
        @NotBlank @Size(max = 10000) String problem,
        @NotBlank @Size(max = 10000) String solution,
        @Size(max = 50) List<@NotNull @Valid StepRequest> steps) {

    PracticeDraft toDraft() {
        var algorithm = steps == null ? List.<Step>of() : steps.stream().map(StepRequest::toStep).toList();
        return new PracticeDraft(title, regionCode, directionCode, language, problem, solution, algorithm);
    }

    record StepRequest(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String description,
            @Size(max = 300) String responsible,
            @Min(1) @Max(3650) Integer durationDays) {

        Step toStep() {
            return new Step(title, description, responsible, durationDays);
        }
    }
}
