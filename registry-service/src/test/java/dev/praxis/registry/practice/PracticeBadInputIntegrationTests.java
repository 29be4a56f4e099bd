package dev.praxis.registry.practice;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static dev.praxis.registry.support.PracticeApi.draft;
import static dev.praxis.registry.support.Problems.illegalTransition;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.ruleViolated;
import static dev.praxis.registry.support.Problems.unreadable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Bad input on every practice endpoint: a 4xx problem naming the field and rule, and nothing changed. */
@RegistryIntegrationTest
class PracticeBadInputIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();

    // --- create ---

    @Test
    void refusesADraftWithoutRequiredFields() throws Exception {
        mvc.perform(create("{}"))
                .andExpect(invalid("title", "NotBlank"))
                .andExpect(invalid("regionCode", "NotBlank"))
                .andExpect(invalid("directionCode", "NotBlank"))
                .andExpect(invalid("problem", "NotBlank"))
                .andExpect(invalid("solution", "NotBlank"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void refusesTooLongValues() throws Exception {
        var body = draft(1);
        body.put("title", "т".repeat(201));
        body.put("problem", "п".repeat(10_001));
        stepOf(body).put("title", "ш".repeat(301));
        stepOf(body).put("description", "о".repeat(4001));
        stepOf(body).put("responsible", "о".repeat(301));

        mvc.perform(create(api.json(body)))
                .andExpect(invalid("title", "Size"))
                .andExpect(invalid("problem", "Size"))
                .andExpect(invalid("steps[0].title", "Size"))
                .andExpect(invalid("steps[0].description", "Size"))
                .andExpect(invalid("steps[0].responsible", "Size"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void refusesMoreThanFiftyStepsAndBadStepValues() throws Exception {
        var tooMany = draft(0);
        tooMany.put("steps", new ArrayList<>(IntStream.rangeClosed(1, 51).mapToObj(PracticeApi::step).toList()));
        mvc.perform(create(api.json(tooMany))).andExpect(invalid("steps", "Size"));

        var badStep = draft(2);
        stepOf(badStep).put("durationDays", 0);
        stepsOf(badStep).get(1).remove("title");
        mvc.perform(create(api.json(badStep)))
                .andExpect(invalid("steps[0].durationDays", "Min"))
                .andExpect(invalid("steps[1].title", "NotBlank"));

        var tooLong = draft(1);
        stepOf(tooLong).put("durationDays", 3651);
        mvc.perform(create(api.json(tooLong))).andExpect(invalid("steps[0].durationDays", "Max"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void refusesUnknownRegionDirectionAndLanguage() throws Exception {
        var body = draft(1);
        body.put("regionCode", "RU-XXX");
        body.put("directionCode", "space-travel");
        body.put("language", "de");

        mvc.perform(create(api.json(body)))
                .andExpect(invalid("regionCode", "KnownRegion"))
                .andExpect(invalid("directionCode", "KnownDirection"))
                .andExpect(invalid("language", "Pattern"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongType() throws Exception {
        var wrongNumber = draft(1);
        stepOf(wrongNumber).put("durationDays", "thirty");
        mvc.perform(create(api.json(wrongNumber))).andExpect(invalid("steps[0].durationDays", "TypeMismatch"));

        var wrongList = draft(0);
        wrongList.put("steps", "first do this");
        mvc.perform(create(api.json(wrongList))).andExpect(invalid("steps", "TypeMismatch"));

        var wrongString = draft(0);
        wrongString.put("title", Map.of("ru", "Заголовок"));
        mvc.perform(create(api.json(wrongString))).andExpect(invalid("title", "TypeMismatch"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void refusesMalformedOrMissingJson() throws Exception {
        mvc.perform(create("{\"title\": \"Без конца")).andExpect(unreadable("MalformedJson"));
        mvc.perform(post("/api/v1/practices").with(author.token()).contentType(MediaType.APPLICATION_JSON))
                .andExpect(unreadable("Readable"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    // --- revise ---

    @Test
    void refusesAnInvalidRevisionAndKeepsTheDraft() throws Exception {
        var id = api.draftBy(author, 1);
        var before = api.row(id);
        var body = draft(1);
        body.put("title", " ");

        mvc.perform(revise(id, api.json(body))).andExpect(invalid("title", "NotBlank"));

        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void refusesEditingASubmittedPractice() throws Exception {
        var id = api.submittedBy(author);
        var before = api.row(id);
        var body = draft(3);
        body.put("title", "Другое название");

        mvc.perform(revise(id, api.json(body))).andExpect(illegalTransition("SUBMITTED", "edit"));

        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void refusesRevisingAnUnknownOrMalformedId() throws Exception {
        mvc.perform(revise(UUID.randomUUID(), api.json(draft(1)))).andExpect(notFound());
        mvc.perform(put("/api/v1/practices/{id}", "not-a-uuid").with(author.token()).with(api.current("not-a-uuid"))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(draft(1))))
                .andExpect(invalid("id", "TypeMismatch"));
    }

    // --- submit ---

    @Test
    void rejectsSubmissionWithoutSteps() throws Exception {
        var id = api.draftBy(author, 0);
        var before = api.row(id);

        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(author.token()).with(api.current(id)))
                .andExpect(ruleViolated("steps-required"));

        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void refusesSubmittingTwiceOrAnUnknownPractice() throws Exception {
        var id = api.submittedBy(author);
        var before = api.row(id);

        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(author.token()).with(api.current(id)))
                .andExpect(illegalTransition("SUBMITTED", "submit"));
        mvc.perform(post("/api/v1/practices/{id}/submit", UUID.randomUUID()).with(author.token()).with(api.current(null)))
                .andExpect(notFound());
        mvc.perform(post("/api/v1/practices/{id}/submit", "42").with(author.token()).with(api.current("42")))
                .andExpect(invalid("id", "TypeMismatch"));

        assertThat(api.row(id)).isEqualTo(before);
    }

    // --- approve / reject ---

    @Test
    void refusesApprovingBeforeReviewNamingWhatTheCoordinatorMayDoInstead() throws Exception {
        var id = api.submittedBy(author);
        var before = api.row(id);

        mvc.perform(post("/api/v1/practices/{id}/approve", id).with(coordinator.token()).with(api.current(id)))
                .andExpect(illegalTransition("SUBMITTED", "approve"))
                .andExpect(jsonPath("$.allowedActions", contains("start-screening")));

        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void aCoordinatorsMoveOnSomeoneElsesDraftIsNotFoundAsReadingItIs() throws Exception {
        var id = api.draftBy(author, 1);
        var before = api.row(id);

        mvc.perform(post("/api/v1/practices/{id}/approve", id).with(coordinator.token()).with(api.current(id)))
                .andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}", id).with(coordinator.token())).andExpect(notFound());

        assertThat(api.row(id)).isEqualTo(before);
        assertThat(api.row(id).events()).isZero();
    }

    @Test
    void refusesApprovingTwice() throws Exception {
        var id = api.approved(author, coordinator);
        var before = api.row(id);

        mvc.perform(post("/api/v1/practices/{id}/approve", id).with(coordinator.token()).with(api.current(id)))
                .andExpect(illegalTransition("APPROVED", "approve"));
        mvc.perform(reject(id, "{\"comment\": \"Передумали\"}")).andExpect(illegalTransition("APPROVED", "reject"));

        assertThat(api.row(id)).isEqualTo(before);
        assertThat(before.events()).isEqualTo(4);
    }

    @Test
    void refusesATooLongApprovalComment() throws Exception {
        var id = api.submittedBy(author);
        var before = api.row(id);

        mvc.perform(post("/api/v1/practices/{id}/approve", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("comment", "к".repeat(4001)))))
                .andExpect(invalid("comment", "Size"));

        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void refusesARejectionWithoutAComment() throws Exception {
        var id = api.underReview(author, coordinator);
        var before = api.row(id);

        mvc.perform(reject(id, "{}")).andExpect(invalid("comment", "Required"));
        mvc.perform(reject(id, "{\"comment\": \"   \"}")).andExpect(invalid("comment", "Required"));
        mvc.perform(reject(id, "{\"comment\": {\"text\": \"нет\"}}")).andExpect(invalid("comment", "TypeMismatch"));
        mvc.perform(post("/api/v1/practices/{id}/reject", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(invalid("comment", "Required"));

        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void refusesDecisionsOnUnknownPractices() throws Exception {
        mvc.perform(post("/api/v1/practices/{id}/approve", UUID.randomUUID()).with(coordinator.token()).with(api.current(null)))
                .andExpect(notFound());
        mvc.perform(reject(UUID.randomUUID(), "{\"comment\": \"Нет\"}")).andExpect(notFound());
        mvc.perform(post("/api/v1/practices/{id}/approve", "zzz").with(coordinator.token()).with(api.current("zzz")))
                .andExpect(invalid("id", "TypeMismatch"));
    }

    // --- reading ---

    @Test
    void refusesReadingUnknownOrMalformedIds() throws Exception {
        mvc.perform(get("/api/v1/practices/{id}", UUID.randomUUID()).with(author.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/history", UUID.randomUUID())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}", "12345")).andExpect(invalid("id", "TypeMismatch"));
        mvc.perform(get("/api/v1/practices/{id}/history", "12345")).andExpect(invalid("id", "TypeMismatch"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101"})
    void refusesPageSizesOutsideOneToHundred(String size) throws Exception {
        mvc.perform(get("/api/v1/practices/mine").param("size", size).with(author.token()))
                .andExpect(invalid("size", Integer.parseInt(size) < 1 ? "Min" : "Max"));
        mvc.perform(get("/api/v1/practices").param("size", size).with(coordinator.token()))
                .andExpect(invalid("size", Integer.parseInt(size) < 1 ? "Min" : "Max"));
    }

    @Test
    void refusesBadPagingAndStatusParameters() throws Exception {
        mvc.perform(get("/api/v1/practices/mine").param("page", "-1").with(author.token()))
                .andExpect(invalid("page", "Min"));
        mvc.perform(get("/api/v1/practices/mine").param("size", "ten").with(author.token()))
                .andExpect(invalid("size", "TypeMismatch"));
        mvc.perform(get("/api/v1/practices").param("status", "PUBLISHED").with(coordinator.token()))
                .andExpect(invalid("status", "TypeMismatch"));
    }

    private MockHttpServletRequestBuilder create(String json) {
        return post("/api/v1/practices").with(author.token()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private MockHttpServletRequestBuilder revise(UUID id, String json) {
        return put("/api/v1/practices/{id}", id).with(author.token()).with(api.current(id)).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private MockHttpServletRequestBuilder reject(UUID id, String json) {
        return post("/api/v1/practices/{id}/reject", id).with(coordinator.token()).with(api.current(id))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stepsOf(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("steps");
    }

    private static Map<String, Object> stepOf(Map<String, Object> body) {
        return stepsOf(body).getFirst();
    }
}
