package dev.praxis.registry.practice;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of the complete card, as the draft enforces them. */
class PracticeDraftTests {

    @Test
    void defaultsTheCurrencyToRoublesAndAcceptsAnyIsoCodeInAnyCase() {
        assertThat(draft().currency(null).build().currency()).isEqualTo("RUB");
        assertThat(draft().currency(" ").build().currency()).isEqualTo("RUB");
        assertThat(draft().currency("eur").build().currency()).isEqualTo("EUR");
    }

    @Test
    void refusesACodeThatIsNoIsoCurrency() {
        assertThatThrownBy(() -> draft().currency("ABC").build())
                .isInstanceOfSatisfying(InvalidDraft.class, e -> assertThat(e.violations())
                        .containsExactly(new DraftRules.Violation("currency", DraftRules.Rule.IsoCurrency,
                                "must be an ISO 4217 currency code")));
        assertThatThrownBy(() -> draft().currency("euro").build()).isInstanceOf(InvalidDraft.class);
    }

    @Test
    void acceptsFundingSharesThatSumToOneHundredOrNoSharesAtAll() {
        assertThat(draft().sources(source(FundingSource.Kind.FEDERAL, "62.5"),
                source(FundingSource.Kind.REGIONAL, "37.5")).build().fundingSources()).hasSize(2);
        assertThat(draft().sources(source(FundingSource.Kind.FEDERAL, null),
                source(FundingSource.Kind.MUNICIPAL, null)).build().fundingSources()).hasSize(2);
    }

    @Test
    void refusesSharesThatMissTheWholeOrAreGivenForSomeSourcesOnly() {
        assertThat(rules(draft().sources(source(FundingSource.Kind.FEDERAL, "60"),
                source(FundingSource.Kind.REGIONAL, "30")))).containsExactly(DraftRules.Rule.SharesTotal100);
        assertThat(rules(draft().sources(source(FundingSource.Kind.FEDERAL, "100"),
                source(FundingSource.Kind.REGIONAL, null)))).containsExactly(DraftRules.Rule.SharesTotal100);
        assertThat(rules(draft().sources(source(FundingSource.Kind.FEDERAL, "50"),
                source(FundingSource.Kind.FEDERAL, "50")))).containsExactly(DraftRules.Rule.DistinctKinds);
    }

    @Test
    void takesTheYearsOfThePeriodFromItsDates() {
        var draft = draft().period(null, LocalDate.of(2009, 6, 1), null, LocalDate.of(2009, 11, 30)).build();

        assertThat(draft.startYear()).isEqualTo(2009);
        assertThat(draft.endYear()).isEqualTo(2009);
    }

    @Test
    void refusesAnEndBeforeTheStartAnEndWithoutAStartAndADateOutsideItsYear() {
        assertThat(violation(draft().period(2020, null, 2019, null)))
                .isEqualTo(new DraftRules.Violation("endYear", DraftRules.Rule.ConsistentPeriod,
                        "must not be before the start"));
        assertThat(violation(draft().period(2020, LocalDate.of(2020, 5, 1), 2020, LocalDate.of(2020, 4, 30))).field())
                .isEqualTo("endDate");
        assertThat(violation(draft().period(null, null, 2020, null)).field()).isEqualTo("startYear");
        assertThat(violation(draft().period(2019, LocalDate.of(2020, 1, 1), null, null)).field())
                .isEqualTo("startDate");
        assertThat(draft().period(2020, null, 2020, LocalDate.of(2020, 1, 1)).build().endDate())
                .as("an end in the start year is not before a start known by its year only")
                .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void refusesANegativeReach() {
        assertThat(rules(draft().reach(-1))).containsExactly(DraftRules.Rule.Min);
        assertThat(draft().reach(0).build().reach()).isZero();
    }

    @Test
    void refusesEvidenceLinksThatAreNotWebAddresses() {
        var effect = new Effect(null, "Срок", null, "дней", null, BigDecimal.TEN, BigDecimal.ONE, null, null,
                "ftp://example.org/report", null, null);

        assertThatThrownBy(() -> draft().effects(effect).build())
                .isInstanceOfSatisfying(InvalidDraft.class, e -> assertThat(e.violations().getFirst().field())
                        .isEqualTo("effects[0].evidenceUrl"));
    }

    @Test
    void givesANewStepAKeyAndKeepsTheKeyOfAnExistingOne() {
        var known = UUID.randomUUID();
        var kept = new Step(known, "Старый", null, null, null, null, null, 5, null, null, null, null, null, null);
        var copy = new Step(known, "Копия", null, null, null, null, null, 5, null, null, null, null, null, null);
        var fresh = new Step("Новый", null, null, 3);

        var steps = draft().steps(kept, fresh, copy).build().steps();

        assertThat(steps.get(0).key()).isEqualTo(known);
        assertThat(steps.get(1).key()).isNotNull().isNotEqualTo(known);
        assertThat(steps.get(2).key()).as("a copy repeating a key is a new row").isNotNull()
                .isNotIn(known, steps.get(1).key());
    }

    @Test
    void dropsBlankEnglishTextsAndNeverLeavesTheResourcesNull() {
        var draft = draft().build();

        assertThat(draft.titleEn()).isNull();
        assertThat(draft.resources()).isEqualTo(ResourcesNeeded.NONE);
        assertThat(draft.team()).isEmpty();
    }

    private static List<DraftRules.Rule> rules(Builder draft) {
        try {
            draft.build();
            return List.of();
        } catch (InvalidDraft e) {
            return e.violations().stream().map(DraftRules.Violation::rule).toList();
        }
    }

    private static DraftRules.Violation violation(Builder draft) {
        try {
            draft.build();
            throw new AssertionError("the draft was accepted");
        } catch (InvalidDraft e) {
            return e.violations().getFirst();
        }
    }

    private static FundingSource source(FundingSource.Kind kind, String share) {
        return new FundingSource(kind, share == null ? null : new BigDecimal(share));
    }

    private static Builder draft() {
        return new Builder();
    }

    /** A valid draft, with the values under test changed. */
    private static final class Builder {
        private String currency;
        private List<FundingSource> sources = List.of();
        private Integer startYear;
        private LocalDate startDate;
        private Integer endYear;
        private LocalDate endDate;
        private Integer reach;
        private List<Step> steps = List.of(new Step("Шаг", null, null, 10));
        private List<Effect> effects = List.of();

        Builder currency(String code) {
            currency = code;
            return this;
        }

        Builder sources(FundingSource... given) {
            sources = List.of(given);
            return this;
        }

        Builder period(Integer fromYear, LocalDate from, Integer toYear, LocalDate to) {
            startYear = fromYear;
            startDate = from;
            endYear = toYear;
            endDate = to;
            return this;
        }

        Builder reach(int people) {
            reach = people;
            return this;
        }

        Builder steps(Step... given) {
            steps = List.of(given);
            return this;
        }

        Builder effects(Effect... given) {
            effects = List.of(given);
            return this;
        }

        PracticeDraft build() {
            return new PracticeDraft("Центр поддержки", " ", null, null, "RU-KGD", null, "business-support", null,
                    null, null, null, null, startYear, startDate, endYear, endDate, BigDecimal.TEN, currency,
                    sources, null, null, null, reach, "Проблема", null, null, null, "Решение", null, steps, null,
                    effects, null, null, null, null, null, null);
        }
    }
}
