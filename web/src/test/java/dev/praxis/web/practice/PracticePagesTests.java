package dev.praxis.web.practice;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
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

@WebMvcTest({AuthorController.class, PracticeCardController.class, CoordinationController.class})
@Import(SecurityConfiguration.class)
class PracticePagesTests {

    private static final UUID ID = UUID.fromString("0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PracticeRegistry practices;

    @MockitoBean
    ReferenceData referenceData;

    @BeforeEach
    void referenceData() {
        given(referenceData.regions()).willReturn(List.of(new Region("RU-KGD", "Калининградская область",
                "Kaliningrad Oblast", "Северо-Западный")));
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
        given(practices.mine(0)).willReturn(new Page<>(List.of(new PracticeSummary(ID, "Центр для фермеров",
                "RU-KGD", "Калининградская область", "business-support", "Поддержка бизнеса", "DRAFT",
                "Анна Авторова", OffsetDateTime.parse("2025-03-01T10:00:00Z"))), 0, 20, 1, 1));

        mvc.perform(get("/my/practices").with(user("author", "author")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-practices\"")))
                .andExpect(content().string(containsString("Черновик")))
                .andExpect(content().string(containsString("id=\"logout\"")));
    }

    @Test
    void showsAPublishedPracticeToAnonymousVisitors() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED", "author"));

        mvc.perform(get("/practices/" + ID))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-status=\"APPROVED\"")))
                .andExpect(content().string(containsString("<ol id=\"steps\"")))
                .andExpect(content().string(not(containsString("id=\"request-replication\""))))
                .andExpect(content().string(not(containsString("id=\"history-heading\""))));
    }

    @Test
    void offersRegionOfficialsToRequestReplication() throws Exception {
        given(practices.find(ID)).willReturn(practice("APPROVED", "author"));

        mvc.perform(get("/practices/" + ID).with(user("official", "region-official")))
                .andExpect(content().string(containsString("id=\"request-replication\"")));
    }

    @Test
    void showsTheAuthorEditAndSubmitOnTheirDraft() throws Exception {
        given(practices.find(ID)).willReturn(practice("DRAFT", "author"));
        given(practices.history(ID)).willReturn(List.of());

        mvc.perform(get("/my/practices/" + ID).with(user("author", "author")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"edit-practice\"")))
                .andExpect(content().string(containsString("id=\"submit-practice\"")));
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
        given(practices.create(any())).willReturn(practice("DRAFT", "author"));

        mvc.perform(post("/my/practices/new").with(user("author", "author")).with(csrf())
                        .param("title", "Центр").param("steps[0].title", "Первый"))
                .andExpect(redirectedUrl("/my/practices/" + ID));
    }

    @Test
    void explainsABrokenRuleOnSubmit() throws Exception {
        willThrow(new ServiceException.RuleViolated(new Problem("https://praxis.dev/problems/rule-violated",
                null, null, "steps-required", null, null, null))).given(practices).submit(ID);

        mvc.perform(post("/my/practices/" + ID + "/submit").with(user("author", "author")).with(csrf()))
                .andExpect(redirectedUrl("/my/practices/" + ID))
                .andExpect(flash().attributeExists("errorMessage"));
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/my/practices/new").with(user("author", "author")).param("title", "Центр"))
                .andExpect(status().isForbidden());
    }

    private static OidcLoginRequestPostProcessor user(String username, String role) {
        return oidcLogin()
                .idToken(token -> token.subject(username).claim("name", username))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static Practice practice(String status, String author) {
        return new Practice(ID, "Центр для фермеров", "RU-KGD", "Калининградская область", "business-support",
                "Поддержка бизнеса", "ru", "Пять ведомств", "Одно окно",
                List.of(new Practice.Step(1, "Собрать документы", null, "Отдел", 5)), status, author,
                "Анна Авторова", 1L, null, OffsetDateTime.parse("2025-03-01T10:00:00Z"), null, null);
    }

    private static Problem problem(List<Problem.FieldProblem> errors) {
        return new Problem(null, null, null, null, null, null, errors);
    }
}
