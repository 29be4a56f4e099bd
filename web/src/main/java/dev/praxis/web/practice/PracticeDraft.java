package dev.praxis.web.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of create and update requests (docs/contracts.md and docs/practice-card.md, {@code PracticeDraft}). */
record PracticeDraft(String title, String titleEn, String summary, String summaryEn, String regionCode,
        String municipality, String directionCode, List<String> tags, String language, String authorOrganisation,
        String authorOrganisationEn, List<TeamMember> team, Integer startYear, LocalDate startDate, Integer endYear,
        LocalDate endDate, BigDecimal budget, String currency, List<FundingSource> fundingSources,
        List<Partner> partners, String audience, String audienceEn, Integer reach, String problem, String problemEn,
        String goal, String goalEn, String solution, String solutionEn, List<Step> steps, Resources resources,
        List<Effect> effects, String risks, String risksEn, String dos, String dosEn, String donts, String dontsEn) {

    record TeamMember(String name, String jobTitle, String jobTitleEn, String email, String phone) {
    }

    record FundingSource(String kind, BigDecimal sharePercent) {
    }

    record Partner(String name, String nameEn, String role, String roleEn) {
    }

    record Resources(String money, String moneyEn, String staff, String staffEn, String it, String itEn,
            String legalActs, String legalActsEn) {
    }

    record Step(UUID key, String title, String titleEn, String description, String descriptionEn, String responsible,
            String responsibleEn, Integer durationDays, String resources, String resourcesEn, String documents,
            String documentsEn, String kpi, String kpiEn) {
    }

    record Effect(UUID key, String indicator, String indicatorEn, String unit, String unitEn, BigDecimal before,
            BigDecimal after, String period, String periodEn, String evidenceUrl, String evidence,
            String evidenceEn) {
    }
}
