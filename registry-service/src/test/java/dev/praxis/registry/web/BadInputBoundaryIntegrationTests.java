package dev.praxis.registry.web;

import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.draft;
import static dev.praxis.registry.support.PracticeApi.fullDraft;
import static dev.praxis.registry.support.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules every request meets before any feature sees it (docs/contracts.md, "Errors"): no control
 * characters in texts or parameters, values of their own JSON type, pages whose offset fits. Each broken
 * rule is a 400 naming the field and the rule, and nothing is written.
 */
@RegistryIntegrationTest
class BadInputBoundaryIntegrationTests {

    private static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();
    private final Users official = Users.official();

    // --- control characters ---

    @Test
    void refusesANulInAnyTextOfADraftNamingItsPath() throws Exception {
        // The body is read in order and stops at the first NUL: one per request, earliest first.
        var body = fullDraft(2);
        body.put("title", "Мой" + NUL + "бизнес");
        step(body, 0).put("title", NUL);
        step(body, 1).put("description", "Описание" + NUL);
        effect(body).put("indicator", "Срок" + NUL);

        mvc.perform(create(body)).andExpect(invalid("title", "NoControlCharacters"));
        body.put("title", "Без нулей");
        mvc.perform(create(body)).andExpect(invalid("steps[0].title", "NoControlCharacters"));
        step(body, 0).put("title", "Шаг");
        mvc.perform(create(body)).andExpect(invalid("steps[1].description", "NoControlCharacters"));
        step(body, 1).put("description", "Описание");
        mvc.perform(create(body)).andExpect(invalid("effects[0].indicator", "NoControlCharacters"));
        effect(body).put("indicator", "Срок");
        body.put("tags", List.of("МФЦ", "единое" + NUL + "окно"));
        mvc.perform(create(body)).andExpect(invalid("tags[1]", "NoControlCharacters"));

        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void refusesANulInADecisionCommentAndLeavesThePracticeAsItWas() throws Exception {
        var id = api.submittedBy(author);
        var before = api.row(id);

        mvc.perform(post("/api/v1/practices/{id}/reject", id).with(coordinator.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("comment", "Нет" + NUL))))
                .andExpect(invalid("comment", "NoControlCharacters"));

        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void refusesANulInAReplicationReason() throws Exception {
        var practice = api.approved(author, coordinator);
        var body = Map.of("practiceId", practice, "regionCode", "RU-NVS", "reason", "Хотим" + NUL,
                "plannedStart", "2027-02-01");

        mvc.perform(post("/api/v1/replications").with(official.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(body)))
                .andExpect(invalid("reason", "NoControlCharacters"));

        assertThat(api.replicationsRequestedBy(official)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "\u0007", "\u001b", "\u007f", "\u0085"})
    void refusesEveryOtherControlCharacter(String control) throws Exception {
        var body = draft(1);
        body.put("title", "Центр" + control);

        mvc.perform(create(body)).andExpect(invalid("title", "NoControlCharacters"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void keepsTabsAndLineBreaksOfMultiLineTexts() throws Exception {
        var body = draft(1);
        body.put("problem", "Первое:\tпять ведомств.\r\nВторое:\nнет онлайна.");

        mvc.perform(create(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.problem").value("Первое:\tпять ведомств.\r\nВторое:\nнет онлайна."));
    }

    @Test
    void refusesAControlCharacterInAQueryParameterNamingIt() throws Exception {
        mvc.perform(get("/api/v1/practices").param("status", "SUB" + NUL + "MITTED").with(coordinator.token()))
                .andExpect(invalid("status", "NoControlCharacters"));
        mvc.perform(get("/internal/v1/practice-events").param("after", "1" + NUL).with(Users.indexer().token()))
                .andExpect(invalid("after", "NoControlCharacters"));
    }

    // --- paging ---

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/practices/mine", "/api/v1/practices", "/api/v1/replications/mine",
            "/api/v1/replications/mentoring"})
    void refusesAPageWhoseOffsetWouldOverflowNamingTheRange(String list) throws Exception {
        mvc.perform(get(list).param("page", "2147483647").param("size", "100").with(userOf(list).token()))
                .andExpect(invalid("page", "Max"))
                .andExpect(jsonPath("$.errors[0].message").value("must be between 0 and 21474836"));
        mvc.perform(get(list).param("page", "-1").with(userOf(list).token()))
                .andExpect(invalid("page", "Min"))
                .andExpect(jsonPath("$.errors[0].message").value("must be between 0 and 21474836"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/practices/mine", "/api/v1/practices", "/api/v1/replications/mine",
            "/api/v1/replications/mentoring"})
    void answersTheLastAllowedPageWithTheLargestSize(String list) throws Exception {
        mvc.perform(get(list).param("page", "21474836").param("size", "100").with(userOf(list).token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(21474836))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    // --- JSON types ---

    @Test
    void refusesANumberOrABooleanWhereTextBelongs() throws Exception {
        var id = api.submittedBy(author);
        var before = api.row(id);

        mvc.perform(reject(id, "{\"comment\": 12345}")).andExpect(invalid("comment", "TypeMismatch"));
        mvc.perform(reject(id, "{\"comment\": 1.5}")).andExpect(invalid("comment", "TypeMismatch"));
        mvc.perform(reject(id, "{\"comment\": true}")).andExpect(invalid("comment", "TypeMismatch"));

        var body = draft(1);
        body.put("title", 42);
        mvc.perform(create(body)).andExpect(invalid("title", "TypeMismatch"));
        body = draft(1);
        body.put("tags", List.of("МФЦ", 7));
        mvc.perform(create(body)).andExpect(invalid("tags[1]", "TypeMismatch"));

        assertThat(api.row(id)).isEqualTo(before);
        assertThat(api.practicesWrittenBy(author)).isOne();
    }

    @Test
    void refusesTextOrABooleanWhereANumberBelongsAndAFractionForAWholeNumber() throws Exception {
        var body = fullDraft(1);
        body.put("startYear", "2019");
        mvc.perform(create(body)).andExpect(invalid("startYear", "TypeMismatch"));

        body = fullDraft(1);
        body.put("budget", "12500000");
        mvc.perform(create(body)).andExpect(invalid("budget", "TypeMismatch"));

        body = fullDraft(1);
        step(body, 0).put("durationDays", true);
        mvc.perform(create(body)).andExpect(invalid("steps[0].durationDays", "TypeMismatch"));

        body = fullDraft(1);
        step(body, 0).put("durationDays", 1.5);
        mvc.perform(create(body)).andExpect(invalid("steps[0].durationDays", "TypeMismatch"));

        body = fullDraft(1);
        effect(body).put("before", "42");
        mvc.perform(create(body)).andExpect(invalid("effects[0].before", "TypeMismatch"));

        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void refusesANumberForADateOrAnId() throws Exception {
        var practice = api.approved(author, coordinator);
        var body = new HashMap<String, Object>(Map.of("practiceId", practice, "regionCode", "RU-NVS",
                "reason", "Хотим так же", "plannedStart", 20270201));
        mvc.perform(replicate(body)).andExpect(invalid("plannedStart", "TypeMismatch"));

        body.put("plannedStart", "2027-02-01");
        body.put("practiceId", 42);
        mvc.perform(replicate(body)).andExpect(invalid("practiceId", "TypeMismatch"));

        assertThat(api.replicationsRequestedBy(official)).isZero();
    }

    @Test
    void stillAcceptsAWholeNumberForADecimal() throws Exception {
        var body = fullDraft(1);
        body.put("budget", 12500000);
        effect(body).put("after", 9);

        mvc.perform(create(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.budget").isNumber());
    }

    private Users userOf(String list) {
        return switch (list) {
            case "/api/v1/practices" -> coordinator;
            case "/api/v1/replications/mine" -> official;
            default -> author;
        };
    }

    private MockHttpServletRequestBuilder create(Map<String, Object> body) {
        return post("/api/v1/practices").with(author.token()).contentType(MediaType.APPLICATION_JSON)
                .content(api.json(body));
    }

    private MockHttpServletRequestBuilder replicate(Map<String, Object> body) {
        return post("/api/v1/replications").with(official.token()).contentType(MediaType.APPLICATION_JSON)
                .content(api.json(body));
    }

    private MockHttpServletRequestBuilder reject(UUID id, String json) {
        return post("/api/v1/practices/{id}/reject", id).with(coordinator.token())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> step(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("steps")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> effect(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("effects")).getFirst();
    }
}
