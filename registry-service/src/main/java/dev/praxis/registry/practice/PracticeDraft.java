package dev.praxis.registry.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The editable content of a practice, as the author writes it. Texts are in the practice's
 * {@code language} (Russian first); each has an optional English version in the component named
 * {@code ...En}. The draft checks {@link DraftRules} itself and throws {@link InvalidDraft} when one
 * is broken; blank optional texts become absent; a step or effect without a key (or repeating
 * another's) gets a fresh one.
 */
public record PracticeDraft(String title, String titleEn, String summary, String summaryEn, String regionCode,
                            String municipality, String directionCode, List<String> tags, String language,
                            String authorOrganisation, String authorOrganisationEn, List<TeamMember> team,
                            Integer startYear, LocalDate startDate, Integer endYear, LocalDate endDate,
                            BigDecimal budget, String currency, List<FundingSource> fundingSources,
                            List<Partner> partners, String audience, String audienceEn, Integer reach,
                            String problem, String problemEn, String goal, String goalEn, String solution,
                            String solutionEn, List<Step> steps, ResourcesNeeded resources, List<Effect> effects,
                            String risks, String risksEn, String dos, String dosEn, String donts,
                            String dontsEn) {

    public static final String DEFAULT_LANGUAGE = "ru";

    public PracticeDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(directionCode, "directionCode");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(solution, "solution");
        titleEn = blankAsAbsent(titleEn);
        summary = blankAsAbsent(summary);
        summaryEn = blankAsAbsent(summaryEn);
        municipality = blankAsAbsent(municipality);
        tags = distinct(tags);
        language = language == null ? DEFAULT_LANGUAGE : language;
        authorOrganisation = blankAsAbsent(authorOrganisation);
        authorOrganisationEn = blankAsAbsent(authorOrganisationEn);
        team = copy(team);
        if (startYear == null && startDate != null) {
            startYear = startDate.getYear();
        }
        if (endYear == null && endDate != null) {
            endYear = endDate.getYear();
        }
        currency = DraftRules.isCurrency(currency) ? DraftRules.currencyOrDefault(currency) : currency;
        fundingSources = copy(fundingSources);
        partners = copy(partners);
        audience = blankAsAbsent(audience);
        audienceEn = blankAsAbsent(audienceEn);
        problemEn = blankAsAbsent(problemEn);
        goal = blankAsAbsent(goal);
        goalEn = blankAsAbsent(goalEn);
        solutionEn = blankAsAbsent(solutionEn);
        steps = keyed(copy(steps), Step::key, Step::withKey);
        resources = resources == null ? ResourcesNeeded.NONE : resources;
        effects = keyed(copy(effects), Effect::key, Effect::withKey);
        risks = blankAsAbsent(risks);
        risksEn = blankAsAbsent(risksEn);
        dos = blankAsAbsent(dos);
        dosEn = blankAsAbsent(dosEn);
        donts = blankAsAbsent(donts);
        dontsEn = blankAsAbsent(dontsEn);
        var broken = DraftRules.check(currency, fundingSources, startYear, startDate, endYear, endDate, reach, effects);
        if (!broken.isEmpty()) {
            throw new InvalidDraft(broken);
        }
    }

    /** The card as it was before the complete one: no English texts, team, period end, funding or resources. */
    public PracticeDraft(String title, String summary, String regionCode, String municipality, String directionCode,
                         List<String> tags, Integer startYear, BigDecimal budget, String language, String problem,
                         String solution, List<Step> steps, List<Effect> effects) {
        this(title, null, summary, null, regionCode, municipality, directionCode, tags, language, null, null, null,
                startYear, null, null, null, budget, null, null, null, null, null, null, problem, null, null, null,
                solution, null, steps, null, effects, null, null, null, null, null, null);
    }

    /** Trimmed, in the author's order; a tag repeated in another letter case counts once (the first spelling wins). */
    private static List<String> distinct(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        var byKey = new LinkedHashMap<String, String>();
        tags.stream().map(String::strip).forEach(tag -> byKey.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag));
        return List.copyOf(byKey.values());
    }

    /** A row keeps the key it came with; a new row, or a copy repeating a key, gets a fresh one. */
    private static <T> List<T> keyed(List<T> rows, Function<T, UUID> key, BiFunction<T, UUID, T> withKey) {
        var seen = new HashSet<UUID>();
        return rows.stream()
                .map(row -> key.apply(row) != null && seen.add(key.apply(row))
                        ? row : withKey.apply(row, UUID.randomUUID()))
                .toList();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static String blankAsAbsent(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
