package dev.praxis.web.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.web.downstream.Problem;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.Direction;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.reference.Region;
import dev.praxis.web.security.SecurityConfiguration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The complete practice form: its error summary, what it keeps, its row buttons without JavaScript, autosave. */
@WebMvcTest({AuthorController.class, PracticeCardController.class})
@Import({SecurityConfiguration.class, FieldLabels.class})
class PracticeFormTests {

    private static final UUID ID = UUID.fromString("0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10");
    private static final String FIRST_KEY = "11111111-1111-1111-1111-111111111111";
    private static final String SECOND_KEY = "22222222-2222-2222-2222-222222222222";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PracticeRegistry practices;

    @MockitoBean
    ReferenceData referenceData;

    @MockitoBean
    SimilarPractices similarPractices;

    @BeforeEach
    void referenceData() {
        given(referenceData.regions()).willReturn(List.of(new Region("RU-KGD", "Калининградская область",
                "Kaliningrad Oblast", "Северо-Западный федеральный округ", "Northwestern Federal District")));
        given(referenceData.directions()).willReturn(List.of(new Direction("business-support",
                "Поддержка бизнеса", "Business support")));
    }

    @Test
    void listsEveryErrorAsALinkToItsFieldWithTheAllowedRange() throws Exception {
        given(practices.create(any())).willThrow(rejected(
                new Problem.FieldProblem("steps[0].durationDays", "Max", "must be less than or equal to 3650"),
                new Problem.FieldProblem("currency", "IsoCurrency", "must be an ISO 4217 currency code"),
                new Problem.FieldProblem("fundingSources", "SharesTotal100", "shares must sum to 100"),
                new Problem.FieldProblem("endYear", "ConsistentPeriod", "must not be before the start")));

        String page = mvc.perform(typed(post("/my/practices/new")).param("steps[0].durationDays", "4000"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("<div id=\"error-summary\"[^>]*role=\"alert\"[^>]*tabindex=\"-1\"[^>]*autofocus")
                .contains("<a href=\"#steps0.durationDays\">Шаг 1, Срок, дней: Не больше 3650 дней.</a>",
                        "<a href=\"#currency\">Валюта (код ISO 4217): Укажите трёхбуквенный код валюты ISO 4217, например RUB или EUR.</a>",
                        "<a href=\"#fundingSources\">Источники финансирования: Укажите долю каждого источника; вместе доли должны составить 100 %.</a>",
                        "<a href=\"#endYear\">Год окончания: Окончание не может быть раньше начала.</a>",
                        "id=\"steps0.durationDays\"", "id=\"currency\"", "id=\"fundingSources\"", "id=\"endYear\"");
    }

    @Test
    void speaksTheReadersLanguageInTheSummary() throws Exception {
        given(practices.create(any())).willThrow(rejected(
                new Problem.FieldProblem("steps[1].durationDays", "Max", "must be less than or equal to 3650")));

        String page = mvc.perform(typed(post("/my/practices/new")).param("steps[1].title", "Второй")
                        .cookie(new jakarta.servlet.http.Cookie("praxis-lang", "en")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"#steps1.durationDays\">Step 2, Duration, days: At most 3650 days.</a>");
    }

    @Test
    void keepsEverythingTypedWhenTheRegistryRefuses() throws Exception {
        given(practices.create(any())).willThrow(rejected(
                new Problem.FieldProblem("reach", "Min", "must be greater than or equal to 0")));

        String page = mvc.perform(typed(post("/my/practices/new")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"titleEn\" value=\"Business centre\"", ">Поддержка за один визит</textarea>",
                "name=\"team[0].email\" value=\"anna@example.org\"", "name=\"partners[0].roleEn\" value=\"Advice\"",
                "name=\"currency\" value=\"ABC\"", "name=\"reach\" value=\"-5\"", "name=\"endYear\" value=\"2019\"",
                "name=\"startDate\" value=\"2020-03-01\"", "<option value=\"REGIONAL\" selected=\"selected\">",
                "name=\"fundingSources[0].sharePercent\" value=\"60\"", ">CRM</textarea>",
                "name=\"steps[0].kpiEn\" value=\"Approved\"", "name=\"steps[0].key\" value=\"" + FIRST_KEY + "\"",
                "name=\"effects[0].evidenceUrl\" value=\"https://example.org/report\"");
        assertThat(page).contains("<a href=\"#reach\">Охват, человек: Не меньше 0 человек.</a>");
    }

    @Test
    void sendsEveryFieldToTheRegistry() throws Exception {
        given(practices.create(any())).willReturn(practice());

        mvc.perform(typed(post("/my/practices/new")))
                .andExpect(status().is3xxRedirection());

        ArgumentCaptor<PracticeDraft> sent = ArgumentCaptor.forClass(PracticeDraft.class);
        then(practices).should().create(sent.capture());
        PracticeDraft draft = sent.getValue();
        assertThat(draft.titleEn()).isEqualTo("Business centre");
        assertThat(draft.goal()).isEqualTo("Поддержка за один визит");
        assertThat(draft.startDate()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(draft.currency()).as("the registry judges the code").isEqualTo("ABC");
        assertThat(draft.reach()).isEqualTo(-5);
        assertThat(draft.team()).containsExactly(new PracticeDraft.TeamMember("Анна", "Руководитель", null,
                "anna@example.org", "+7 900 000-00-00"));
        assertThat(draft.fundingSources()).containsExactly(new PracticeDraft.FundingSource("REGIONAL", new BigDecimal("60")));
        assertThat(draft.partners()).containsExactly(new PracticeDraft.Partner("Палата", null, "Консультации", "Advice"));
        assertThat(draft.resources().it()).isEqualTo("CRM");
        assertThat(draft.steps()).singleElement().satisfies(step -> {
            assertThat(step.key()).hasToString(FIRST_KEY);
            assertThat(step.kpiEn()).isEqualTo("Approved");
        });
        assertThat(draft.effects()).singleElement().satisfies(effect ->
                assertThat(effect.evidenceUrl()).isEqualTo("https://example.org/report"));
    }

    @Test
    void addsATeamMemberWithoutJavaScriptAndFocusesIt() throws Exception {
        String page = mvc.perform(typed(post("/my/practices/new")).param("action", "add-member"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"team[0].email\" value=\"anna@example.org\"", "id=\"member-2\"")
                .containsPattern("<input type=\"text\" maxlength=\"200\"\\s+autofocus=\"autofocus\"[^>]*name=\"team\\[1]\\.name\"")
                .doesNotContain("error-summary");
        then(practices).shouldHaveNoInteractions();
    }

    @Test
    void removesAndMovesStepsWithoutJavaScriptKeepingTheirKeys() throws Exception {
        String moved = mvc.perform(twoSteps().param("action", "move-step-up:1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(moved).containsPattern("(?s)name=\"steps\\[0]\\.key\" value=\"" + SECOND_KEY
                + "\".*name=\"steps\\[0]\\.title\" value=\"Второй\".*name=\"steps\\[1]\\.key\" value=\"" + FIRST_KEY
                + "\".*name=\"steps\\[1]\\.title\" value=\"Первый\"");
        assertThat(moved).containsPattern("autofocus=\"autofocus\"[^>]*name=\"steps\\[0]\\.title\"");

        String removed = mvc.perform(twoSteps().param("action", "remove-step:0"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(removed).contains("name=\"steps[0].title\" value=\"Второй\"",
                "name=\"steps[0].key\" value=\"" + SECOND_KEY + "\"").doesNotContain("Первый");
        then(practices).shouldHaveNoInteractions();
    }

    @Test
    void pointsEachRowButtonAtTheRowItLeavesInView() throws Exception {
        String page = mvc.perform(twoSteps().param("action", "add-partner"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("value=\"move-step-down:0\"\\s+formaction=\"/my/practices/new#step-2\"")
                .containsPattern("value=\"move-step-up:1\"\\s+formaction=\"/my/practices/new#step-1\"")
                .containsPattern("value=\"remove-step:1\"\\s+formaction=\"/my/practices/new#step-1\"")
                .containsPattern("value=\"add-step\"\\s+formaction=\"/my/practices/new#step-3\"")
                .contains("hx-post=\"/my/practices/new\"");
    }

    @Test
    void autosavesADraftAndAnswersWhereToPostNext() throws Exception {
        given(practices.create(any())).willReturn(practice());

        mvc.perform(typed(post("/my/practices/new/autosave")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(true))
                .andExpect(jsonPath("$.action").value("/my/practices/" + ID + "/edit"))
                .andExpect(jsonPath("$.autosave").value("/my/practices/" + ID + "/autosave"))
                .andExpect(jsonPath("$.version").value(1));

        given(practices.update(eq(ID), eq(1L), any())).willThrow(rejected(
                new Problem.FieldProblem("title", "NotBlank", "must not be blank")));
        mvc.perform(post("/my/practices/" + ID + "/autosave").with(user("author", "author")).with(csrf())
                        .param("version", "1").param("title", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.saved").value(false));
    }

    @Test
    void showsTheTeamsContactsToSignedInVisitorsOnly() throws Exception {
        given(practices.find(ID)).willReturn(practice());

        String anonymous = mvc.perform(get("/practices/" + ID)).andReturn().getResponse().getContentAsString();
        assertThat(anonymous).contains("Анна Петрова", "Контакты команды видны после входа.", "Министерство экономики",
                        "Поддержка за один визит", "71")
                .doesNotContain("mailto:");

        String signedIn = mvc.perform(get("/practices/" + ID).with(user("official", "region-official")))
                .andReturn().getResponse().getContentAsString();
        assertThat(signedIn).contains("href=\"mailto:anna@example.org\"", "href=\"tel:+7 900 000-00-00\"");
    }

    @Test
    void showsTheEnglishTextsToAnEnglishReader() throws Exception {
        given(practices.find(ID)).willReturn(practice());

        String page = mvc.perform(get("/practices/" + ID).cookie(new jakarta.servlet.http.Cookie("praxis-lang", "en")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1 lang=\"en\">One-stop centre</h1>", ">Support in one visit</p>",
                "EUR", "Regional budget");
    }

    private MockHttpServletRequestBuilder twoSteps() {
        return post("/my/practices/new").with(user("author", "author")).with(csrf())
                .param("title", "Центр")
                .param("steps[0].key", FIRST_KEY).param("steps[0].title", "Первый")
                .param("steps[1].key", SECOND_KEY).param("steps[1].title", "Второй");
    }

    /** A form as an author fills it in, with values the registry may refuse. */
    private static MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request) {
        return request.with(user("author", "author")).with(csrf())
                .param("title", "Центр").param("titleEn", "Business centre")
                .param("regionCode", "RU-KGD").param("directionCode", "business-support")
                .param("problem", "Пять ведомств").param("solution", "Одно окно")
                .param("goal", "Поддержка за один визит")
                .param("team[0].name", "Анна").param("team[0].jobTitle", "Руководитель")
                .param("team[0].email", "anna@example.org").param("team[0].phone", "+7 900 000-00-00")
                .param("partners[0].name", "Палата").param("partners[0].role", "Консультации")
                .param("partners[0].roleEn", "Advice")
                .param("startYear", "2020").param("startDate", "2020-03-01").param("endYear", "2019")
                .param("budget", "71051.97").param("currency", "ABC")
                .param("fundingSources[0].kind", "REGIONAL").param("fundingSources[0].sharePercent", "60")
                .param("reach", "-5").param("resources.it", "CRM")
                .param("steps[0].key", FIRST_KEY).param("steps[0].title", "Первый").param("steps[0].kpiEn", "Approved")
                .param("effects[0].indicator", "Срок").param("effects[0].evidenceUrl", "https://example.org/report");
    }

    private static ServiceException.InputRejected rejected(Problem.FieldProblem... errors) {
        return new ServiceException.InputRejected(new Problem(null, null, null, null, null, null, List.of(errors)));
    }

    private static Practice practice() {
        return new Practice(ID, "Центр для предпринимателей", "Одно окно", "RU-KGD", "Калининградская область", null,
                "business-support", "Поддержка бизнеса", List.of(), 2009, new BigDecimal("71051.97"), "ru",
                "Пять ведомств", "Одно окно", List.of(), List.of(), "APPROVED", true, null, "Анна Авторова", 0, 1L, null,
                OffsetDateTime.parse("2025-03-01T10:00:00Z"), null, null, null, "One-stop centre", null,
                "Министерство экономики", "Ministry of Economy",
                List.of(new Practice.TeamMember("Анна Петрова", "Руководитель", "Lead", "anna@example.org",
                        "+7 900 000-00-00")),
                LocalDate.of(2009, 6, 1), 2009, LocalDate.of(2009, 11, 30), "EUR",
                List.of(new Practice.FundingSource("REGIONAL", new BigDecimal("100"))), List.of(), null, null, null,
                null, "Поддержка за один визит", "Support in one visit", null, null, null, null, null, null, null,
                null, List.of("edit"));
    }

    private static OidcLoginRequestPostProcessor user(String username, String role) {
        return oidcLogin()
                .idToken(token -> token.subject(username).claim("name", username))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
