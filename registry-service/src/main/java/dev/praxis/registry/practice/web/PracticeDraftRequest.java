package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.Effect;
import dev.praxis.registry.practice.FundingSource;
import dev.praxis.registry.practice.Partner;
import dev.praxis.registry.practice.PracticeDraft;
import dev.praxis.registry.practice.ResourcesNeeded;
import dev.praxis.registry.practice.Step;
import dev.praxis.registry.practice.TeamMember;
import dev.praxis.registry.reference.KnownDirection;
import dev.praxis.registry.reference.KnownRegion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Body of creating or revising a practice ({@code PracticeDraft} in the contract). Bounds sit on the
 * components; the rules across values are {@code DraftRules}, reported through {@link DraftConstraints}.
 * A {@code ...En} component is the optional English version of the text beside it.
 */
@DraftConstraints.ConsistentPeriod
record PracticeDraftRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String titleEn,
        @Size(max = 1000) String summary,
        @Size(max = 1000) String summaryEn,
        @NotBlank @KnownRegion String regionCode,
        @Size(max = 200) String municipality,
        @NotBlank @KnownDirection String directionCode,
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> tags,
        @Pattern(regexp = "ru|en", message = "must be 'ru' or 'en'") String language,
        @Size(max = 300) String authorOrganisation,
        @Size(max = 300) String authorOrganisationEn,
        @Size(max = 20) List<@NotNull @Valid TeamMemberRequest> team,
        @Min(1990) @NextYear.Max Integer startYear,
        LocalDate startDate,
        @Min(1990) @Max(2100) Integer endYear,
        LocalDate endDate,
        @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal budget,
        @DraftConstraints.IsoCurrency String currency,
        @Size(max = 4) @DraftConstraints.DistinctKinds @DraftConstraints.SharesTotal100
        List<@NotNull @Valid FundingSourceRequest> fundingSources,
        @Size(max = 20) List<@NotNull @Valid PartnerRequest> partners,
        @Size(max = 2000) String audience,
        @Size(max = 2000) String audienceEn,
        @Min(0) @Max(1_000_000_000) Integer reach,
        @NotBlank @Size(max = 10000) String problem,
        @Size(max = 10000) String problemEn,
        @Size(max = 10000) String goal,
        @Size(max = 10000) String goalEn,
        @NotBlank @Size(max = 10000) String solution,
        @Size(max = 10000) String solutionEn,
        @Size(max = 50) List<@NotNull @Valid StepRequest> steps,
        @Valid ResourcesRequest resources,
        @Size(max = 20) List<@NotNull @Valid EffectRequest> effects,
        @Size(max = 4000) String risks,
        @Size(max = 4000) String risksEn,
        @Size(max = 4000) String dos,
        @Size(max = 4000) String dosEn,
        @Size(max = 4000) String donts,
        @Size(max = 4000) String dontsEn) {

    PracticeDraft toDraft() {
        return new PracticeDraft(title, titleEn, summary, summaryEn, regionCode, municipality, directionCode, tags,
                language, authorOrganisation, authorOrganisationEn, each(team, TeamMemberRequest::toMember),
                startYear, startDate, endYear, endDate, budget, currency,
                each(fundingSources, FundingSourceRequest::toSource), each(partners, PartnerRequest::toPartner),
                audience, audienceEn, reach, problem, problemEn, goal, goalEn, solution, solutionEn,
                each(steps, StepRequest::toStep), resources == null ? null : resources.toResources(),
                each(effects, EffectRequest::toEffect), risks, risksEn, dos, dosEn, donts, dontsEn);
    }

    private static <R, T> List<T> each(List<R> requests, Function<R, T> convert) {
        return requests == null ? List.of() : requests.stream().map(convert).toList();
    }

    record TeamMemberRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String jobTitle,
            @Size(max = 200) String jobTitleEn,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number") String phone) {

        TeamMember toMember() {
            return new TeamMember(name, blankAsAbsent(jobTitle), blankAsAbsent(jobTitleEn), blankAsAbsent(email),
                    blankAsAbsent(phone));
        }
    }

    /** {@code kind}: FEDERAL, REGIONAL, MUNICIPAL or EXTRA_BUDGETARY; {@code sharePercent} of the budget. */
    record FundingSourceRequest(
            @NotNull FundingSource.Kind kind,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent) {

        FundingSource toSource() {
            return new FundingSource(kind, sharePercent);
        }
    }

    record PartnerRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 300) String nameEn,
            @Size(max = 300) String role,
            @Size(max = 300) String roleEn) {

        Partner toPartner() {
            return new Partner(name, blankAsAbsent(nameEn), blankAsAbsent(role), blankAsAbsent(roleEn));
        }
    }

    /** {@code key}: the step's identity across edits; leave it out for a new step. */
    record StepRequest(
            UUID key,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 300) String titleEn,
            @Size(max = 4000) String description,
            @Size(max = 4000) String descriptionEn,
            @Size(max = 300) String responsible,
            @Size(max = 300) String responsibleEn,
            @Min(1) @Max(3650) Integer durationDays,
            @Size(max = 1000) String resources,
            @Size(max = 1000) String resourcesEn,
            @Size(max = 1000) String documents,
            @Size(max = 1000) String documentsEn,
            @Size(max = 1000) String kpi,
            @Size(max = 1000) String kpiEn) {

        Step toStep() {
            return new Step(key, title, blankAsAbsent(titleEn), blankAsAbsent(description),
                    blankAsAbsent(descriptionEn), blankAsAbsent(responsible), blankAsAbsent(responsibleEn),
                    durationDays, blankAsAbsent(resources), blankAsAbsent(resourcesEn), blankAsAbsent(documents),
                    blankAsAbsent(documentsEn), blankAsAbsent(kpi), blankAsAbsent(kpiEn));
        }
    }

    record ResourcesRequest(
            @Size(max = 4000) String money,
            @Size(max = 4000) String moneyEn,
            @Size(max = 4000) String staff,
            @Size(max = 4000) String staffEn,
            @Size(max = 4000) String it,
            @Size(max = 4000) String itEn,
            @Size(max = 4000) String legalActs,
            @Size(max = 4000) String legalActsEn) {

        ResourcesNeeded toResources() {
            return new ResourcesNeeded(blankAsAbsent(money), blankAsAbsent(moneyEn), blankAsAbsent(staff),
                    blankAsAbsent(staffEn), blankAsAbsent(it), blankAsAbsent(itEn), blankAsAbsent(legalActs),
                    blankAsAbsent(legalActsEn));
        }
    }

    /**
     * {@code before} and {@code after} are bounded by what the column holds: 15 integer and 6 fraction
     * digits. Evidence is a link ({@code evidenceUrl}) and/or a text reference ({@code evidence}).
     */
    record EffectRequest(
            UUID key,
            @NotBlank @Size(max = 300) String indicator,
            @Size(max = 300) String indicatorEn,
            @Size(max = 50) String unit,
            @Size(max = 50) String unitEn,
            @Digits(integer = 15, fraction = 6) BigDecimal before,
            @Digits(integer = 15, fraction = 6) BigDecimal after,
            @Size(max = 100) String period,
            @Size(max = 100) String periodEn,
            @Size(max = 2000) @DraftConstraints.WebLink String evidenceUrl,
            @Size(max = 1000) String evidence,
            @Size(max = 1000) String evidenceEn) {

        Effect toEffect() {
            return new Effect(key, indicator, blankAsAbsent(indicatorEn), blankAsAbsent(unit), blankAsAbsent(unitEn),
                    before, after, blankAsAbsent(period), blankAsAbsent(periodEn), blankAsAbsent(evidenceUrl),
                    blankAsAbsent(evidence), blankAsAbsent(evidenceEn));
        }
    }

    private static String blankAsAbsent(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
