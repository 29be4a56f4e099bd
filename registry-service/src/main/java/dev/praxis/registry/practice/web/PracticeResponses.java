package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.PracticeStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response shapes of the practice API. A {@code ...En} component is the English version of the text beside it. */
final class PracticeResponses {

    private PracticeResponses() {
    }

    // actions: what the caller may do now, in API names ("submit", "request-revision"); clients draw
    // their buttons from it instead of deciding from the status. published: in the public catalogue.

    record PracticeResponse(UUID id, String title, String titleEn, String summary, String summaryEn,
                            String regionCode, String regionName, String municipality, String directionCode,
                            String directionName, List<String> tags, String authorOrganisation,
                            String authorOrganisationEn, List<TeamMemberResponse> team, Integer startYear,
                            LocalDate startDate, Integer endYear, LocalDate endDate, BigDecimal budget,
                            String currency, List<FundingSourceResponse> fundingSources,
                            List<PartnerResponse> partners, String audience, String audienceEn, Integer reach,
                            String language, String problem, String problemEn, String goal, String goalEn,
                            String solution, String solutionEn, List<StepResponse> steps,
                            ResourcesResponse resources, List<EffectResponse> effects, String risks,
                            String risksEn, String dos, String dosEn, String donts, String dontsEn,
                            PracticeStatus status, boolean published, Integer recommendedYear, String authorName,
                            int replicationCount, long version, Instant createdAt, Instant updatedAt,
                            Instant submittedAt, Instant approvedAt, Instant archivedAt, List<String> actions) {
    }

    /** {@code email} and {@code phone} are absent for an anonymous caller. */
    record TeamMemberResponse(String name, String jobTitle, String jobTitleEn, String email, String phone) {
    }

    record FundingSourceResponse(String kind, BigDecimal sharePercent) {
    }

    record PartnerResponse(String name, String nameEn, String role, String roleEn) {
    }

    record ResourcesResponse(String money, String moneyEn, String staff, String staffEn, String it, String itEn,
                             String legalActs, String legalActsEn) {
    }

    record StepResponse(int position, UUID key, String title, String titleEn, String description,
                        String descriptionEn, String responsible, String responsibleEn, Integer durationDays,
                        String resources, String resourcesEn, String documents, String documentsEn, String kpi,
                        String kpiEn) {
    }

    record EffectResponse(int position, UUID key, String indicator, String indicatorEn, String unit, String unitEn,
                          BigDecimal before, BigDecimal after, String period, String periodEn, String evidenceUrl,
                          String evidence, String evidenceEn) {
    }

    record PracticeSummary(UUID id, String title, String regionCode, String regionName, String directionCode,
                           String directionName, PracticeStatus status, String authorName, Instant submittedAt,
                           Instant updatedAt, long version, List<String> actions) {
    }
}
