package dev.praxis.web.practice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.web.downstream.Page;
import dev.praxis.web.downstream.Problem;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.Direction;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.reference.Region;
import dev.praxis.web.security.SecurityConfiguration;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.ResourceAccessException;
import org.mockito.ArgumentCaptor;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.test.web.servlet.ResultMatcher;

@WebMvcTest({AuthorController.class, PracticeCardController.class, CoordinationController.class})
@Import({SecurityConfiguration.class, FieldLabels.class})
class PracticePagesTests {

    private static final UUID ID = UUID.fromString("0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10");
    private static final UUID SIMILAR_ID = UUID.fromString("1c8d8f1f-2e7b-4b5f-8b66-4e8d3f2c0f21");

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
    void sendsAnonymousVisitorsOfAuthorPagesToSignIn() throws Exception {
        mvc.perform(get("/my/practices"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/oauth2/authorization/keycloak")));
    }

    @Test
    void asksKeycloakForASignInPageInTheVisitorsLanguage() throws Exception {
        mvc.perform(get("/oauth2/authorization/keycloak"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("ui_locales=ru")));
        mvc.perform(get("/oauth2/authorization/keycloak").cookie(new jakarta.servlet.http.Cookie("praxis-lang", "en")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("ui_locales=en")));
    }

    @Test
    void forbidsAuthorPagesToUsersWithoutTheAuthorRole() throws Exception {
        mvc.perform(get("/my/practices").with(user("official", "region-official")))
                .andExpect(status().isForbidden());
    }

    @Test
    void forbidsTheQueueToAuthors() throws Exception {
        mvc.perform(get("/coordination/queue").with(user("author", "author")))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsAnAuthorTheirPractices() throws Exception {
        given(practices.mine(0, List.of(), null)).willReturn(new Page<>(List.of(draftSummary()), 0, 20, 1, 1));

        mvc.perform(get("/my/practices").with(user("author", "author")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-practices\"")))
                .andExpect(content().string(containsString("Черновик")))
                .andExpect(content().string(containsString("id=\"delete-" + ID + "\"")))
                .andExpect(content().string(containsString("id=\"mine-filter\"")))
                .andExpect(content().string(containsString("id=\"logout\"")));
    }

    @Test
    void filtersAnAuthorsPracticesByStatusAndTitleAndSaysWhenNoneMatch() throws Exception {
        given(practices.mine(0, List.of("DRAFT"), "фермер")).willReturn(new Page<>(List.of(), 0, 20, 0, 0));
        given(practices.mine(0, List.of(), null)).willReturn(new Page<>(List.of(draftSummary()), 0, 20, 1, 1));

        mvc.perform(get("/my/practices").param("status", "DRAFT").param("q", "фермер").with(user("author", "author")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mine-none-found\"")))
                .andExpect(content().string(containsString("value=\"фермер\"")))
                .andExpect(content().string(containsString("<option value=\"DRAFT\" selected=\"selected\">")));
        mvc.perform(get("/my/practices").param("status", "SOLD").with(user("author", "author")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-practices\"")));
        then(practices).should().mine(0, List.of(), null);
    }

    @Test
    void deletesADraftFromTheList() throws Exception {
        mvc.perform(post("/my/practices/" + ID + "/delete").param("version", "4").with(user("author", "author"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/my/practices"))
                .andExpect(flashMessage("successMessage", "practice.deleted"));

        then(practices).should().delete(ID, 4L);
    }

    @Test
    void showsAPublishedPracticeToAnonymousVisitors() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED"));

        mvc.perform(get("/practices/" + ID))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"status\""))))
                .andExpect(content().string(not(containsString("id=\"moves\""))))
                .andExpect(content().string(containsString("<ol id=\"steps\"")))
                .andExpect(content().string(not(containsString("id=\"request-replication\""))))
                .andExpect(content().string(not(containsString("id=\"history-heading\""))));
    }

    @Test
    void offersRegionOfficialsToRequestReplication() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED"));

        mvc.perform(get("/practices/" + ID).with(user("official", "region-official")))
                .andExpect(content().string(containsString("id=\"request-replication\"")));
    }

    @Test
    void showsTheAuthorEditAndSubmitOnTheirDraft() throws Exception {
        given(practices.find(ID)).willReturn(practice("DRAFT", "edit", "submit", "delete"));
        given(practices.history(ID)).willReturn(List.of());

        mvc.perform(get("/my/practices/" + ID).with(user("author", "author")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"edit-practice\"")))
                .andExpect(content().string(containsString("id=\"action-submit\"")))
                .andExpect(content().string(containsString("id=\"action-delete\"")))
                .andExpect(content().string(containsString("data-status=\"DRAFT\"")))
                .andExpect(content().string(not(containsString("id=\"action-approve\""))));
    }

    @Test
    void showsTheAuthorEveryDecisionWithItsReasonAtTheTopAndWhatToDoNext() throws Exception {
        given(practices.find(ID)).willReturn(practice("REVISION_REQUESTED", "edit", "submit"));
        given(practices.history(ID)).willReturn(List.of(
                entry(null, "DRAFT", "2025-03-01T10:00:00Z", null),
                entry("submit", "SUBMITTED", "2025-03-02T10:00:00Z", null),
                entry("request-revision", "REVISION_REQUESTED", "2025-03-05T10:00:00Z", "Добавьте подтверждение эффекта")));

        var page = mvc.perform(get("/my/practices/" + ID).with(user("author", "author")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("id=\"decisions\"")).as("the decisions come before the card").isPositive()
                .isLessThan(page.indexOf("<article"));
        assertThat(page).contains("data-action=\"request-revision\"", "Добавьте подтверждение эффекта",
                "Координатор Иванов", "id=\"next-step\"", "отправьте её снова");
    }

    @Test
    void aRejectedPracticeTellsTheAuthorTheyCanDescribeItAnew() throws Exception {
        given(practices.find(ID)).willReturn(practice("REJECTED"));
        given(practices.history(ID)).willReturn(List.of(
                entry("reject", "REJECTED", "2025-03-05T10:00:00Z", "Эффект не подтверждён")));

        mvc.perform(get("/my/practices/" + ID).with(user("author", "author")))
                .andExpect(content().string(containsString("Эффект не подтверждён")))
                .andExpect(content().string(containsString("id=\"start-anew\"")))
                .andExpect(content().string(not(containsString("id=\"moves\""))));
    }

    @Test
    void showsA404PageForAPracticeTheRegistryDoesNotKnow() throws Exception {
        given(practices.find(ID)).willThrow(new ServiceException.Refused(404, problem(List.of())));

        mvc.perform(get("/practices/" + ID))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Страница не найдена")));
    }

    @Test
    void showsA503PageWhenTheRegistryIsDown() throws Exception {
        given(practices.find(ID)).willThrow(new ServiceException.Unavailable(503, problem(List.of())));

        mvc.perform(get("/practices/" + ID))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Сервис временно недоступен")));
    }

    @Test
    void showsTheRegistrysValidationErrorsNextToTheirFields() throws Exception {
        given(practices.create(any())).willThrow(new ServiceException.InputRejected(problem(List.of(
                new Problem.FieldProblem("steps[0].title", "NotBlank", "must not be blank")))));

        mvc.perform(post("/my/practices/new").with(user("author", "author")).with(csrf())
                        .param("title", "Центр").param("steps[0].description", "Без названия"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-error")))
                .andExpect(content().string(containsString("Заполните это поле.")))
                .andExpect(content().string(containsString("name=\"steps[0].title\"")));
    }

    @Test
    void addsAStepRowWithoutSaving() throws Exception {
        mvc.perform(post("/my/practices/new").with(user("author", "author")).with(csrf())
                        .param("action", "add-step").param("steps[0].title", "Первый"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"steps[1].title\"")));
    }

    @Test
    void savesADraftAndShowsIt() throws Exception {
        given(practices.create(any())).willReturn(practice("DRAFT"));

        mvc.perform(post("/my/practices/new").with(user("author", "author")).with(csrf())
                        .param("title", "Центр").param("steps[0].title", "Первый"))
                .andExpect(redirectedUrl("/my/practices/" + ID));
    }

    @Test
    void explainsABrokenRuleOnSubmit() throws Exception {
        willThrow(new ServiceException.RuleViolated(new Problem("https://praxis.dev/problems/rule-violated",
                null, null, "steps-required", null, null, null))).given(practices)
                .move(ID, 1L, PracticeMove.SUBMIT, new Decision(null, null));

        mvc.perform(post("/practices/" + ID + "/moves/submit").param("version", "1").with(user("author", "author"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/my/practices/" + ID))
                .andExpect(flash().attributeExists("errorMessage"));
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/my/practices/new").with(user("author", "author")).param("title", "Центр"))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheNewCardFields() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED"));

        String page = mvc.perform(get("/practices/" + ID))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"summary\" class=\"lead\">Одно окно для субсидий</p>",
                ">Зеленоградский муниципальный округ</dd>", "<dd id=\"start-year\">2021</dd>",
                "<dd id=\"replication-count\">3</dd>", "<li>субсидии</li>", "<table id=\"effects\">",
                "<th scope=\"row\">Срок получения субсидии</th>", "<td class=\"number\">42</td>",
                "<td class=\"number\">7,5</td>", ">01.03.2025</time>");
        assertThat(page).containsPattern("<dd id=\"budget\">1[^0-9]500[^0-9]000 ₽</dd>");
    }

    @Test
    void listsSimilarPracticesOnAPublishedPractice() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED"));
        given(similarPractices.to(ID)).willReturn(List.of(mentorshipInKaliningrad()));

        mvc.perform(get("/practices/" + ID))
                .andExpect(content().string(containsString("<section id=\"similar\"")))
                .andExpect(content().string(containsString(
                        "<a href=\"/practices/" + SIMILAR_ID + "\" lang=\"ru\">Наставничество для МСП</a>")))
                .andExpect(content().string(containsString("Калининградская область · Поддержка бизнеса")));
    }

    @Test
    void namesTheRegionAndDirectionOfAPracticeAndItsSimilarOnesInEnglish() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED"));
        given(similarPractices.to(ID)).willReturn(List.of(mentorshipInKaliningrad()));

        String page = mvc.perform(get("/practices/" + ID).param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<dd>Kaliningrad Oblast</dd>", "<dd>Business support</dd>",
                "Kaliningrad Oblast · Business support");
        // Figures and dates as English writes them.
        assertThat(page).contains("<dd id=\"budget\">RUB 1,500,000</dd>", "<td class=\"number\">7.5</td>",
                ">1 Mar 2025</time>");
        // The practice's own words stay as written, marked with their language.
        assertThat(page).contains("lang=\"ru\">Наставничество для МСП</a>");
        assertThat(page).doesNotContain("Калининградская область");
    }

    @Test
    void namesTheRegionAsTheRegistryGaveItWhenReferenceDataIsDown() throws Exception {
        given(referenceData.regions()).willThrow(new ResourceAccessException("Connection refused"));
        given(practices.find(ID)).willReturn(practice("APPROVED"));

        mvc.perform(get("/practices/" + ID).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>Калининградская область</dd>")));
    }

    @Test
    void showsThePracticeWithoutSimilarOnesWhenSearchFails() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED"));
        given(similarPractices.to(ID)).willThrow(new ResourceAccessException("Connection refused"));

        mvc.perform(get("/practices/" + ID))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<ol id=\"steps\"")))
                .andExpect(content().string(not(containsString("id=\"similar\""))));
    }

    @Test
    void drawsTheButtonsFromTheActionsTheRegistryOffers() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED", "recommend", "archive"));
        given(practices.history(ID)).willReturn(List.of());
        mvc.perform(get("/practices/" + ID).with(user("coordinator", "coordinator")))
                .andExpect(content().string(containsString("id=\"action-archive\"")))
                .andExpect(content().string(containsString("id=\"action-recommend\"")))
                .andExpect(content().string(containsString("id=\"recommend-year\"")))
                .andExpect(content().string(containsString("<textarea id=\"archive-comment\" name=\"comment\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"3\"")));

        given(practices.find(ID)).willReturn(practice("APPROVED"));
        mvc.perform(get("/practices/" + ID).with(user("official", "region-official")))
                .andExpect(content().string(not(containsString("id=\"action-archive\""))));
        mvc.perform(get("/practices/" + ID))
                .andExpect(content().string(not(containsString("id=\"action-archive\""))));
    }

    @Test
    void offersTheCoordinatorTheNextStepOfASubmittedPractice() throws Exception {
        given(practices.find(ID)).willReturn(practice("SUBMITTED", "start-screening"));
        given(practices.history(ID)).willReturn(List.of());

        mvc.perform(get("/practices/" + ID).with(user("coordinator", "coordinator")))
                .andExpect(content().string(containsString("id=\"action-start-screening\"")))
                .andExpect(content().string(not(containsString("id=\"action-approve\""))))
                .andExpect(content().string(not(containsString("id=\"action-archive\""))));
    }

    @Test
    void archivesWithTheCoordinatorsReasonFromTheVersionOnThePage() throws Exception {
        mvc.perform(post("/practices/" + ID + "/moves/archive").with(user("coordinator", "coordinator"))
                        .with(csrf()).param("version", "3").param("comment", "  Практика устарела  "))
                .andExpect(redirectedUrl("/practices/" + ID))
                .andExpect(flashMessage("successMessage", "practice.moved.archive"));

        then(practices).should().move(ID, 3L, PracticeMove.ARCHIVE, new Decision("Практика устарела", null));
    }

    @Test
    void explainsThatTheRegistryNeedsAReason() throws Exception {
        willThrow(new ServiceException.InputRejected(problem(List.of(
                new Problem.FieldProblem("comment", "Required", "'archive' needs a comment")))))
                .given(practices).move(ID, 3L, PracticeMove.ARCHIVE, new Decision(null, null));

        mvc.perform(post("/practices/" + ID + "/moves/archive").with(user("coordinator", "coordinator"))
                        .with(csrf()).param("version", "3").param("comment", " "))
                .andExpect(redirectedUrl("/practices/" + ID))
                .andExpect(flashMessage("errorMessage", "practice.move.comment-invalid"));
    }

    @Test
    void explainsThatSomeoneChangedThePracticeMeanwhile() throws Exception {
        willThrow(new ServiceException.ChangedMeanwhile(problem(List.of())))
                .given(practices).move(ID, 2L, PracticeMove.APPROVE, new Decision(null, null));

        mvc.perform(post("/practices/" + ID + "/moves/approve").with(user("coordinator", "coordinator"))
                        .with(csrf()).param("version", "2"))
                .andExpect(redirectedUrl("/practices/" + ID))
                .andExpect(flashMessage("errorMessage", "practice.changed-meanwhile"));
    }

    @Test
    void showsTheRegistrysRefusalOfAMoveByTheWrongRole() throws Exception {
        willThrow(new ServiceException.Refused(403, problem(List.of())))
                .given(practices).move(ID, 3L, PracticeMove.ARCHIVE, new Decision("Устарела", null));

        mvc.perform(post("/practices/" + ID + "/moves/archive").with(user("author", "author"))
                        .with(csrf()).param("version", "3").param("comment", "Устарела"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/practices/" + ID + "/moves/sell").with(user("author", "author"))
                        .with(csrf()).param("version", "3"))
                .andExpect(status().isNotFound());
    }

    @Test
    void explainsWhenThePracticeCannotBeArchivedAnyMore() throws Exception {
        willThrow(new ServiceException.RuleViolated(new Problem("https://praxis.dev/problems/illegal-transition",
                null, null, null, "ARCHIVED", "archive", null))).given(practices)
                .move(eq(ID), eq(3L), eq(PracticeMove.ARCHIVE), any());

        mvc.perform(post("/practices/" + ID + "/moves/archive").with(user("coordinator", "coordinator"))
                        .with(csrf()).param("version", "3").param("comment", "Устарела"))
                .andExpect(redirectedUrl("/practices/" + ID))
                .andExpect(flash().attributeExists("errorMessage"));
    }

    @Test
    void fillsTheEditFormWithTheNewFields() throws Exception {
        given(practices.find(ID)).willReturn(practice("DRAFT", "edit", "submit", "delete"));

        String form = mvc.perform(get("/my/practices/" + ID + "/edit").with(user("author", "author")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(form).contains("name=\"summary\"", ">Одно окно для субсидий</textarea>",
                "name=\"municipality\" value=\"Зеленоградский муниципальный округ\"",
                "name=\"tags\" value=\"субсидии, одно окно\"", "name=\"startYear\" value=\"2021\"",
                "name=\"budget\" value=\"1500000.00\"",
                "name=\"effects[0].indicator\" value=\"Срок получения субсидии\"",
                "name=\"effects[0].before\" value=\"42\"", "name=\"effects[0].after\" value=\"7.5\"",
                "name=\"effects[1].indicator\" value=\"\"");
    }

    @Test
    void sendsTheNewFieldsToTheRegistryAndDropsBlankRows() throws Exception {
        given(practices.create(any())).willReturn(practice("DRAFT"));

        mvc.perform(post("/my/practices/new").with(user("author", "author")).with(csrf())
                        .param("title", "Центр").param("summary", " Кратко ").param("municipality", "")
                        .param("tags", "МФЦ, , малый бизнес ,МФЦ").param("startYear", "2021")
                        .param("budget", "1500000.50").param("steps[0].title", "Первый")
                        .param("effects[0].indicator", "Срок").param("effects[0].unit", "дней")
                        .param("effects[0].before", "42").param("effects[0].after", "7.5")
                        .param("effects[1].indicator", "").param("effects[1].unit", ""))
                .andExpect(redirectedUrl("/my/practices/" + ID));

        ArgumentCaptor<PracticeDraft> sent = ArgumentCaptor.forClass(PracticeDraft.class);
        then(practices).should().create(sent.capture());
        PracticeDraft draft = sent.getValue();
        assertThat(draft.summary()).isEqualTo("Кратко");
        assertThat(draft.municipality()).isNull();
        assertThat(draft.tags()).containsExactly("МФЦ", "малый бизнес", "МФЦ");
        assertThat(draft.startYear()).isEqualTo(2021);
        assertThat(draft.budget()).isEqualByComparingTo("1500000.50");
        assertThat(draft.effects()).singleElement().satisfies(effect -> {
            assertThat(effect.indicator()).isEqualTo("Срок");
            assertThat(effect.unit()).isEqualTo("дней");
            assertThat(effect.before()).isEqualByComparingTo("42");
            assertThat(effect.after()).isEqualByComparingTo("7.5");
            assertThat(effect.key()).as("a new row gets its key on the form").isNotNull();
        });
    }

    @Test
    void showsErrorsOfTheNewFieldsNextToThem() throws Exception {
        given(practices.create(any())).willThrow(new ServiceException.InputRejected(problem(List.of(
                new Problem.FieldProblem("effects[0].indicator", "NotBlank", "must not be blank"),
                new Problem.FieldProblem("tags[1]", "Size", "size must be between 1 and 50"),
                new Problem.FieldProblem("startYear", "Max", "must be less than or equal to 2027")))));

        String form = mvc.perform(post("/my/practices/new").with(user("author", "author")).with(csrf())
                        .param("title", "Центр").param("tags", "МФЦ, " + "х".repeat(60)).param("startYear", "2100")
                        .param("effects[0].unit", "дней"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(form).contains("<p class=\"field-error\" id=\"startYear-error\">Не позже следующего года.</p>",
                "<p class=\"field-error\" id=\"tags-error\">Не больше 10 тегов, каждый не длиннее 50 знаков.</p>",
                "name=\"effects[0].unit\" value=\"дней\"");
        assertThat(form).containsPattern("(?s)name=\"effects\\[0]\\.indicator\".*?Заполните это поле.");
    }

    @Test
    void addsAnEffectRowWithoutSaving() throws Exception {
        mvc.perform(post("/my/practices/new").with(user("author", "author")).with(csrf())
                        .param("action", "add-effect").param("effects[0].indicator", "Срок"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"effects[1].indicator\"")));
        then(practices).shouldHaveNoInteractions();
    }

    private static OidcLoginRequestPostProcessor user(String username, String role) {
        return oidcLogin()
                .idToken(token -> token.subject(username).claim("name", username))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static SimilarPractices.Similar mentorshipInKaliningrad() {
        return new SimilarPractices.Similar(SIMILAR_ID, "Наставничество для МСП", "ru", "RU-KGD",
                "Калининградская область", "business-support", "Поддержка бизнеса");
    }

    /** The page will say the message with code {@code code}, in the reader's language. */
    private static ResultMatcher flashMessage(String attribute, String code) {
        return result -> assertThat(result.getFlashMap().get(attribute))
                .isInstanceOfSatisfying(MessageSourceResolvable.class,
                        message -> assertThat(message.getCodes()).contains(code));
    }

    private static PracticeSummary draftSummary() {
        return new PracticeSummary(ID, "Центр для фермеров", "RU-KGD", "Калининградская область", "business-support",
                "Поддержка бизнеса", "DRAFT", "Анна Авторова", null, OffsetDateTime.parse("2025-03-01T10:00:00Z"), 4L,
                List.of("edit", "submit", "delete"));
    }

    private static HistoryEntry entry(String action, String toStatus, String at, String comment) {
        return new HistoryEntry(action, null, toStatus, action == null || action.equals("submit") ? "Анна Авторова"
                : "Координатор Иванов", OffsetDateTime.parse(at), comment);
    }

    /** A practice in {@code status} on which the signed-in user may take {@code actions}. */
    private static Practice practice(String status, String... actions) {
        return new Practice(ID, "Центр для фермеров", "Одно окно для субсидий", "RU-KGD", "Калининградская область",
                "Зеленоградский муниципальный округ", "business-support", "Поддержка бизнеса",
                List.of("субсидии", "одно окно"), 2021, new BigDecimal("1500000.00"), "ru", "Пять ведомств",
                "Одно окно", List.of(new Practice.Step(1, "Собрать документы", null, "Отдел", 5)),
                List.of(new Practice.Effect(1, "Срок получения субсидии", "дней", new BigDecimal("42"),
                        new BigDecimal("7.5"))),
                status, status.equals("APPROVED") || status.equals("RECOMMENDED"), null, "Анна Авторова", 3, 3L, null,
                OffsetDateTime.parse("2025-03-01T10:00:00Z"), null, null, null, List.of(actions));
    }

    private static Problem problem(List<Problem.FieldProblem> errors) {
        return new Problem(null, null, null, null, null, null, errors);
    }
}
