package dev.praxis.search.indexing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One entry of the registry's change feed ({@code GET /internal/v1/practice-events}). */
record PracticeEvent(String cursor, String type, String practiceId, long version, Instant occurredAt,
                     Card practice) {

    static final String CHANGED = "PracticeChanged";

    /**
     * The registry's {@code PracticeCard}: a non-draft practice as of one change. The rebuild
     * reads the same shape from {@code /internal/v1/practice-cards}.
     */
    record Card(String id, long version, String status, String title, String titleEn, String summary,
                String summaryEn, String regionCode, String regionName, String federalDistrict, String municipality,
                String directionCode, String directionName, List<String> tags, String authorOrganisation,
                String authorOrganisationEn, Integer startYear, LocalDate startDate, Integer endYear,
                LocalDate endDate, BigDecimal budgetRub, BigDecimal budget, String currency,
                List<FundingSource> fundingSources, List<Partner> partners, String audience, String audienceEn,
                Integer reach, String language, String problem, String problemEn, String goal, String goalEn,
                String solution, String solutionEn, List<Step> steps, Resources resources, List<Effect> effects,
                String risks, String risksEn, String dos, String dosEn, String donts, String dontsEn,
                String authorName, int replicationCount, BigDecimal expertScore, Instant submittedAt,
                Instant publishedAt, Instant updatedAt, Integer recommendedYear) {
    }

    record Step(Integer position, String key, String title, String titleEn, String description, String descriptionEn,
                String responsible, String responsibleEn, Integer durationDays, String resources, String resourcesEn,
                String documents, String documentsEn, String kpi, String kpiEn) {
    }

    record Effect(String key, String indicator, String indicatorEn, String unit, String unitEn, BigDecimal before,
                  BigDecimal after, String period, String periodEn, String evidenceUrl, String evidence,
                  String evidenceEn) {
    }

    record FundingSource(String kind, BigDecimal sharePercent) {
    }

    record Partner(String name, String nameEn, String role, String roleEn) {
    }

    record Resources(String money, String moneyEn, String staff, String staffEn, String it, String itEn,
                     String legalActs, String legalActsEn) {
    }
}
