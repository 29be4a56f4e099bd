package dev.praxis.search.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * A practice as the search side stores it: every practice that has left the draft stage, with
 * its status, so the public sees approved ones and staff can search their queues. Mapping and
 * analysis live in {@code opensearch/practices-*.json}; the index is never created from these
 * annotations.
 */
@Document(indexName = PracticeIndex.ALIAS, createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
public record PracticeDocument(
        @Id String id,
        String status,
        String title,
        String summary,
        String regionCode,
        String regionName,
        String federalDistrict,
        String municipality,
        String directionCode,
        String directionName,
        List<String> tags,
        Integer startYear,
        BigDecimal budgetRub,
        String language,
        String problem,
        String solution,
        List<Step> steps,
        List<Effect> effects,
        String authorName,
        int replicationCount,
        BigDecimal expertScore,
        @Field(type = FieldType.Date, format = DateFormat.strict_date_optional_time_nanos) Instant submittedAt,
        @Field(type = FieldType.Date, format = DateFormat.strict_date_optional_time_nanos) Instant publishedAt,
        @Field(type = FieldType.Date, format = DateFormat.strict_date_optional_time_nanos) Instant updatedAt,
        // The complete card (registry docs/practice-card.md): every text has its English version (...En).
        String titleEn,
        String summaryEn,
        String authorOrganisation,
        String authorOrganisationEn,
        @Field(type = FieldType.Date, format = DateFormat.strict_date) LocalDate startDate,
        Integer endYear,
        @Field(type = FieldType.Date, format = DateFormat.strict_date) LocalDate endDate,
        BigDecimal budget,
        String currency,
        List<FundingSource> fundingSources,
        List<Partner> partners,
        String audience,
        String audienceEn,
        Integer reach,
        String problemEn,
        String goal,
        String goalEn,
        String solutionEn,
        Resources resources,
        String risks,
        String risksEn,
        String dos,
        String dosEn,
        String donts,
        String dontsEn,
        // The region's English name, from its code (the card names it in Russian only).
        String regionNameEn,
        // The year a coordinator recommended the practice for mass replication, or null.
        Integer recommendedYear) {

    public static final String APPROVED = "APPROVED";
    /** The statuses of the public catalogue: approved, and recommended for mass replication. */
    public static final List<String> PUBLISHED = List.of(APPROVED, "RECOMMENDED");

    public PracticeDocument {
        tags = tags == null ? List.of() : List.copyOf(tags);
        steps = steps == null ? List.of() : List.copyOf(steps);
        effects = effects == null ? List.of() : List.copyOf(effects);
        fundingSources = fundingSources == null ? List.of() : List.copyOf(fundingSources);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** A document of the card as it was before the complete one, for callers that know only those fields. */
    public PracticeDocument(String id, String status, String title, String summary, String regionCode,
                            String regionName, String federalDistrict, String municipality, String directionCode,
                            String directionName, List<String> tags, Integer startYear, BigDecimal budgetRub,
                            String language, String problem, String solution, List<Step> steps,
                            List<Effect> effects, String authorName, int replicationCount, BigDecimal expertScore,
                            Instant submittedAt, Instant publishedAt, Instant updatedAt) {
        this(id, status, title, summary, regionCode, regionName, federalDistrict, municipality, directionCode,
                directionName, tags, startYear, budgetRub, language, problem, solution, steps, effects, authorName,
                replicationCount, expertScore, submittedAt, publishedAt, updatedAt, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    public boolean isPublic() {
        return PUBLISHED.contains(status);
    }

    public record Step(Integer position, String title, String description, String key, String titleEn,
                       String descriptionEn, String responsible, String responsibleEn, Integer durationDays,
                       String resources, String resourcesEn, String documents, String documentsEn, String kpi,
                       String kpiEn) {

        public Step(Integer position, String title, String description) {
            this(position, title, description, null, null, null, null, null, null, null, null, null, null, null,
                    null);
        }
    }

    public record Effect(String indicator, String unit, BigDecimal before, BigDecimal after, String key,
                         String indicatorEn, String unitEn, String period, String periodEn, String evidenceUrl,
                         String evidence, String evidenceEn) {

        public Effect(String indicator, String unit, BigDecimal before, BigDecimal after) {
            this(indicator, unit, before, after, null, null, null, null, null, null, null, null);
        }
    }

    public record FundingSource(String kind, BigDecimal sharePercent) {
    }

    public record Partner(String name, String nameEn, String role, String roleEn) {
    }

    public record Resources(String money, String moneyEn, String staff, String staffEn, String it, String itEn,
                            String legalActs, String legalActsEn) {
    }
}
