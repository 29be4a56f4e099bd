package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.Effect;
import dev.praxis.registry.practice.PracticeDraft;
import dev.praxis.registry.practice.Step;
import dev.praxis.registry.reference.KnownDirection;
import dev.praxis.registry.reference.KnownRegion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Body of creating or revising a practice ({@code PracticeDraft} in the contract). */
record PracticeDraftRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 1000) String summary,
        @NotBlank @KnownRegion String regionCode,
        @Size(max = 200) String municipality,
        @NotBlank @KnownDirection String directionCode,
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> tags,
        @Min(1990) @NextYear.Max Integer startYear,
        @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal budgetRub,
        @Pattern(regexp = "ru|en", message = "must be 'ru' or 'en'") String language,
        @NotBlank @Size(max = 10000) String problem,
        @NotBlank @Size(max = 10000) String solution,
        @Size(max = 50) List<@NotNull @Valid StepRequest> steps,
        @Size(max = 20) List<@NotNull @Valid EffectRequest> effects) {

    PracticeDraft toDraft() {
        var algorithm = steps == null ? List.<Step>of() : steps.stream().map(StepRequest::toStep).toList();
        var measured = effects == null ? List.<Effect>of() : effects.stream().map(EffectRequest::toEffect).toList();
        return new PracticeDraft(title, summary, regionCode, municipality, directionCode, tags, startYear, budgetRub,
                language, problem, solution, algorithm, measured);
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

    /** {@code before} and {@code after} are bounded by what the column holds: 15 integer and 6 fraction digits. */
    record EffectRequest(
            @NotBlank @Size(max = 300) String indicator,
            @Size(max = 50) String unit,
            @Digits(integer = 15, fraction = 6) BigDecimal before,
            @Digits(integer = 15, fraction = 6) BigDecimal after) {

        Effect toEffect() {
            return new Effect(indicator, unit, before, after);
        }
    }
}
