package dev.praxis.registry.expert;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictOfInterestTests {

    private static final UUID PRACTICE_ID = UUID.randomUUID();

    private static final PracticeParties PRACTICE = new PracticeParties(PRACTICE_ID, "RU-KGD",
            "Министерство экономического развития Калининградской области", "author", "Анна Авторова",
            List.of(new PracticeParties.Member("Пётр Командный", "team@example.org")));

    private static ExpertProfile expert(String username, String name, String email, String region, String organisation,
                                        List<String> declaredOrganisations, List<String> declaredRegions,
                                        List<UUID> declaredPractices) {
        return ExpertProfile.create(username, new ExpertProfileDraft(name, email, region, organisation, List.of(),
                List.of(), null, declaredOrganisations, declaredRegions, declaredPractices));
    }

    private static ExpertProfile unrelated() {
        return expert("expert", "Елена Экспертова", "expert@example.org", "RU-NVS", "Новосибирский университет",
                List.of(), List.of(), List.of());
    }

    private static List<ConflictReason> reasons(ExpertProfile expert) {
        return ConflictOfInterest.between(expert, PRACTICE).stream().map(Conflict::reason).toList();
    }

    @Test
    void anExpertFromElsewhereWithNothingDeclaredHasNoConflict() {
        assertThat(ConflictOfInterest.between(unrelated(), PRACTICE)).isEmpty();
    }

    @Test
    void anExpertFromThePracticesRegionHasAConflictNamingTheRegion() {
        var expert = expert("expert", "Елена Экспертова", null, "RU-KGD", "Новосибирский университет",
                List.of(), List.of(), List.of());
        assertThat(ConflictOfInterest.between(expert, PRACTICE))
                .containsExactly(new Conflict(ConflictReason.SAME_REGION, "RU-KGD"));
    }

    @Test
    void theAuthorOrganisationMatchesWhateverTheCaseAndSpaces() {
        var expert = expert("expert", "Елена Экспертова", null, "RU-NVS",
                "  министерство   экономического развития калининградской ОБЛАСТИ ", List.of(), List.of(), List.of());
        assertThat(reasons(expert)).containsExactly(ConflictReason.SAME_ORGANISATION);
    }

    @Test
    void theAuthorIsMatchedByUsernameOrByName() {
        var byUsername = expert("author", "Кто-то Другой", null, "RU-NVS", "НГУ", List.of(), List.of(), List.of());
        var byName = expert("someone", "анна авторова", null, "RU-NVS", "НГУ", List.of(), List.of(), List.of());
        assertThat(reasons(byUsername)).containsExactly(ConflictReason.AUTHOR);
        assertThat(reasons(byName)).containsExactly(ConflictReason.AUTHOR);
    }

    @Test
    void aTeamMemberIsMatchedByNameOrByEmail() {
        var byName = expert("someone", "Пётр  Командный", null, "RU-NVS", "НГУ", List.of(), List.of(), List.of());
        var byEmail = expert("someone", "П. К.", "TEAM@example.org", "RU-NVS", "НГУ", List.of(), List.of(), List.of());
        assertThat(ConflictOfInterest.between(byName, PRACTICE))
                .containsExactly(new Conflict(ConflictReason.TEAM_MEMBER, "Пётр Командный"));
        assertThat(reasons(byEmail)).containsExactly(ConflictReason.TEAM_MEMBER);
    }

    @Test
    void aDeclaredOrganisationRegionOrPracticeIsAConflict() {
        var organisation = expert("e", "Э", null, "RU-NVS", "НГУ",
                List.of("Министерство экономического развития калининградской области"), List.of(), List.of());
        var region = expert("e", "Э", null, "RU-NVS", "НГУ", List.of(), List.of("RU-KGD"), List.of());
        var practice = expert("e", "Э", null, "RU-NVS", "НГУ", List.of(), List.of(), List.of(PRACTICE_ID));
        assertThat(reasons(organisation)).containsExactly(ConflictReason.DECLARED_ORGANISATION);
        assertThat(reasons(region)).containsExactly(ConflictReason.DECLARED_REGION);
        assertThat(ConflictOfInterest.between(practice, PRACTICE))
                .containsExactly(new Conflict(ConflictReason.DECLARED_PRACTICE, PRACTICE_ID.toString()));
    }

    @Test
    void everyReasonThatHoldsIsReported() {
        var expert = expert("author", "Анна Авторова", "team@example.org", "RU-KGD",
                "Министерство экономического развития Калининградской области",
                List.of("Министерство экономического развития Калининградской области"), List.of("RU-KGD"),
                List.of(PRACTICE_ID));
        assertThat(reasons(expert)).containsExactly(ConflictReason.values());
    }

    @Test
    void missingOrganisationsAndEmailsMatchNothing() {
        var practice = new PracticeParties(PRACTICE_ID, "RU-KGD", null, "author", "Анна Авторова",
                List.of(new PracticeParties.Member("Пётр Командный", null)));
        var expert = expert("e", "Э", null, "RU-NVS", "НГУ", List.of("НГУ"), List.of(), List.of());
        assertThat(ConflictOfInterest.between(expert, practice)).isEmpty();
    }
}
