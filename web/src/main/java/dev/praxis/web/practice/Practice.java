package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A practice card as the registry returns it (docs/practice-card.md). A {@code ...En} component is
 * the optional English version of the text beside it. The team's e-mail and phone are absent when
 * the registry answered an anonymous visitor.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Practice(UUID id, String title, String summary, String regionCode, String regionName,
        String municipality, String directionCode, String directionName, List<String> tags, Integer startYear,
        BigDecimal budget, String language, String problem, String solution, List<Step> steps,
        List<Effect> effects, String status, boolean published, Integer recommendedYear, String authorName,
        Integer replicationCount, Long version, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime submittedAt,
        OffsetDateTime approvedAt, OffsetDateTime archivedAt, String titleEn, String summaryEn,
        String authorOrganisation, String authorOrganisationEn, List<TeamMember> team, LocalDate startDate,
        Integer endYear, LocalDate endDate, String currency, List<FundingSource> fundingSources,
        List<Partner> partners, String audience, String audienceEn, Integer reach, String problemEn, String goal,
        String goalEn, String solutionEn, Resources resources, String risks, String risksEn, String dos,
        String dosEn, String donts, String dontsEn, List<String> actions) {

    public Practice {
        tags = tags == null ? List.of() : List.copyOf(tags);
        steps = steps == null ? List.of() : List.copyOf(steps);
        effects = effects == null ? List.of() : List.copyOf(effects);
        actions = actions == null ? List.of() : List.copyOf(actions);
        team = team == null ? List.of() : List.copyOf(team);
        fundingSources = fundingSources == null ? List.of() : List.copyOf(fundingSources);
        partners = partners == null ? List.of() : List.copyOf(partners);
        resources = resources == null ? Resources.NONE : resources;
        currency = currency == null ? "RUB" : currency;
    }

    /** The card as it was before the complete one, for callers that know only those fields. */
    public Practice(UUID id, String title, String summary, String regionCode, String regionName,
            String municipality, String directionCode, String directionName, List<String> tags, Integer startYear,
            BigDecimal budget, String language, String problem, String solution, List<Step> steps,
            List<Effect> effects, String status, boolean published, Integer recommendedYear, String authorName,
            Integer replicationCount, Long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            OffsetDateTime submittedAt, OffsetDateTime approvedAt, OffsetDateTime archivedAt, List<String> actions) {
        this(id, title, summary, regionCode, regionName, municipality, directionCode, directionName, tags, startYear,
                budget, language, problem, solution, steps, effects, status, published, recommendedYear, authorName,
                replicationCount, version, createdAt, updatedAt, submittedAt, approvedAt, archivedAt, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, actions);
    }

    /**
     * Whether the signed-in user may take {@code action} now ({@code "submit"}, {@code "edit"}…):
     * the registry says so in {@code actions}; the web decides nothing from the status.
     */
    public boolean may(String action) {
        return actions.contains(action);
    }

    /** The moves to offer as buttons: every action but editing and deleting, which have their own places. */
    public List<PracticeMove> moves() {
        return actions.stream().flatMap(action -> PracticeMove.named(action).stream()).toList();
    }

    public boolean hasPeriodEnd() {
        return endYear != null || endDate != null;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(int position, String title, String description, String responsible, Integer durationDays,
            UUID key, String titleEn, String descriptionEn, String responsibleEn, String resources,
            String resourcesEn, String documents, String documentsEn, String kpi, String kpiEn) {

        public Step(int position, String title, String description, String responsible, Integer durationDays) {
            this(position, title, description, responsible, durationDays, null, null, null, null, null, null, null,
                    null, null, null);
        }
    }

    /** A measured result: an indicator before and after the practice, in its unit, and the evidence. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Effect(int position, String indicator, String unit, BigDecimal before, BigDecimal after, UUID key,
            String indicatorEn, String unitEn, String period, String periodEn, String evidenceUrl, String evidence,
            String evidenceEn) {

        public Effect(int position, String indicator, String unit, BigDecimal before, BigDecimal after) {
            this(position, indicator, unit, before, after, null, null, null, null, null, null, null, null);
        }
    }

    /** {@code email} and {@code phone} are contacts: only signed-in users receive them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamMember(String name, String jobTitle, String jobTitleEn, String email, String phone) {
    }

    /** {@code kind}: FEDERAL, REGIONAL, MUNICIPAL or EXTRA_BUDGETARY. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FundingSource(String kind, BigDecimal sharePercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(String name, String nameEn, String role, String roleEn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resources(String money, String moneyEn, String staff, String staffEn, String it, String itEn,
            String legalActs, String legalActsEn) {

        static final Resources NONE = new Resources(null, null, null, null, null, null, null, null);

        public boolean isEmpty() {
            return equals(NONE);
        }
    }
}
