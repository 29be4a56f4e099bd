package dev.praxis.registry.outbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the search side indexes of a practice that has left DRAFT: the payload of every
 * {@code PracticeChanged} event and the rows of the rebuild snapshot (docs/contracts.md).
 * {@code status} is the practice's status name; {@code publishedAt} is the approval time.
 * Every text comes with its optional English version ({@code ...En}) so both can be searched.
 * The card is public: it names the author organisation but carries no team contacts.
 * {@code budgetRub} is {@code budget} when the currency is RUB, else null (the catalogue's budget
 * bands are in roubles and the registry converts no currencies).
 */
public record PracticeCard(UUID id, long version, String status, String title, String titleEn, String summary,
                           String summaryEn, String regionCode, String regionName, String federalDistrict,
                           String municipality, String directionCode, String directionName, List<String> tags,
                           Integer startYear, LocalDate startDate, Integer endYear, LocalDate endDate,
                           BigDecimal budgetRub, BigDecimal budget, String currency,
                           List<FundingSource> fundingSources, String authorOrganisation,
                           String authorOrganisationEn, List<Partner> partners, String audience,
                           String audienceEn, Integer reach, String language, String problem, String problemEn,
                           String goal, String goalEn, String solution, String solutionEn, List<Step> steps,
                           Resources resources, List<Effect> effects, String risks, String risksEn, String dos,
                           String dosEn, String donts, String dontsEn, String authorName, int replicationCount,
                           Double expertScore, Instant submittedAt, Instant publishedAt, Instant updatedAt, Integer recommendedYear) {

    public record Step(int position, UUID key, String title, String titleEn, String description,
                       String descriptionEn, String responsible, String responsibleEn, Integer durationDays,
                       String resources, String resourcesEn, String documents, String documentsEn, String kpi,
                       String kpiEn) {
    }

    public record Effect(UUID key, String indicator, String indicatorEn, String unit, String unitEn,
                         BigDecimal before, BigDecimal after, String period, String periodEn, String evidenceUrl,
                         String evidence, String evidenceEn) {
    }

    /** {@code kind}: FEDERAL, REGIONAL, MUNICIPAL or EXTRA_BUDGETARY. */
    public record FundingSource(String kind, BigDecimal sharePercent) {
    }

    public record Partner(String name, String nameEn, String role, String roleEn) {
    }

    public record Resources(String money, String moneyEn, String staff, String staffEn, String it, String itEn,
                            String legalActs, String legalActsEn) {
    }
}
