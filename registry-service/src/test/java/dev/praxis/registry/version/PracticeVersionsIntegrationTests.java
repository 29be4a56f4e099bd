package dev.praxis.registry.version;

import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.fullDraft;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegistryIntegrationTest
class PracticeVersionsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    JdbcClient jdbc;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();

    @Test
    void everySubmissionFreezesTheNextVersionWithWhenAndWhoBy() throws Exception {
        var id = api.draftBy(author, 2);
        mvc.perform(get("/api/v1/practices/{id}/versions", id).with(author.token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));

        api.move(id, "submit", author);
        api.move(id, "withdraw", author);
        api.move(id, "submit", author);

        mvc.perform(get("/api/v1/practices/{id}/versions", id).with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].number").value(1))
                .andExpect(jsonPath("$[1].number").value(2))
                .andExpect(jsonPath("$[1].submittedByName").value("Анна Авторова"))
                .andExpect(jsonPath("$[1].submittedAt").isNotEmpty());
    }

    @Test
    void aSnapshotHoldsTheContentAndNoneOfTheLifecycle() throws Exception {
        var id = submitted(fullDraft(3));

        mvc.perform(get("/api/v1/practices/{id}/versions/1", id).with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.number").value(1))
                .andExpect(jsonPath("$.content.title").value("Центр оказания услуг для бизнеса «Мой бизнес»"))
                .andExpect(jsonPath("$.content.steps", hasSize(3)))
                .andExpect(jsonPath("$.content.steps[2].title").value("Шаг 3: подготовить регламент"))
                .andExpect(jsonPath("$.content.effects[0].indicator").value("Срок получения поддержки"))
                .andExpect(jsonPath("$.content.tags", hasSize(3)))
                .andExpect(jsonPath("$.content.status").doesNotExist())
                .andExpect(jsonPath("$.content.version").doesNotExist())
                .andExpect(jsonPath("$.content.id").doesNotExist())
                .andExpect(jsonPath("$.content.authorUsername").doesNotExist())
                .andExpect(jsonPath("$.content.submittedAt").doesNotExist())
                .andExpect(jsonPath("$.content.new").doesNotExist())
                .andExpect(jsonPath("$.content.published").doesNotExist());
    }

    @Test
    void resubmissionAfterARevisionRequestMakesVersionTwoAndTheDiffShowsTheChanges() throws Exception {
        var body = fullDraft(3);
        var id = submitted(body);
        api.move(id, "start-screening", coordinator);
        mvc.perform(post("/api/v1/practices/{id}/request-revision", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("comment", "Уточните сроки"))))
                .andExpect(status().isOk());
        // The author's client sends back each step's key, as the form does: the same step keeps its identity.
        var current = mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> keys = com.jayway.jsonpath.JsonPath.read(current, "$.steps[*].key");
        @SuppressWarnings("unchecked")
        var steps = (java.util.List<Map<String, Object>>) (java.util.List<?>) body.get("steps");
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).put("key", keys.get(i));
        }
        steps.add(0, steps.remove(2));
        body.put("problem", "Предприниматели обходили три ведомства, чтобы получить поддержку.");
        api.revise(id, author, body);

        // Before resubmitting, the author sees what changed since version 1.
        mvc.perform(get("/api/v1/practices/{id}/versions/diff", id).param("from", "1").param("to", "current")
                        .with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(1))
                .andExpect(jsonPath("$.to").value("current"))
                .andExpect(jsonPath("$.fields[?(@.field == 'title')].change").value("unchanged"));

        api.move(id, "submit", author);

        mvc.perform(get("/api/v1/practices/{id}/versions", id).with(coordinator.token()))
                .andExpect(jsonPath("$", hasSize(2)));
        mvc.perform(get("/api/v1/practices/{id}/versions/diff", id).param("from", "1").param("to", "2")
                        .with(coordinator.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields[?(@.field == 'problem')].change").value("changed"))
                .andExpect(jsonPath("$.fields[?(@.field == 'problem')].segments[?(@.op == 'delete')].text").value("пять ведомств"))
                .andExpect(jsonPath("$.fields[?(@.field == 'problem')].segments[?(@.op == 'insert')].text").value("три ведомства"))
                .andExpect(jsonPath("$.fields[?(@.field == 'steps')].kind").value("rows"))
                .andExpect(jsonPath("$.fields[?(@.field == 'steps')].rows[?(@.moved == true)].label")
                        .value("Шаг 3: подготовить регламент"))
                .andExpect(jsonPath("$.fields[?(@.field == 'steps')].rows[?(@.change != 'unchanged')]", hasSize(0)))
                .andExpect(jsonPath("$.fields[?(@.field == 'budget')].change").value("unchanged"));
    }

    @Test
    void anotherAuthorCannotSeeTheVersionsOfADraft() throws Exception {
        var id = submitted(fullDraft(2));
        api.move(id, "withdraw", author);
        var other = Users.author();

        mvc.perform(get("/api/v1/practices/{id}/versions", id).with(other.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/versions/1", id).with(other.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/versions/diff", id).param("from", "1").param("to", "current")
                .with(other.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/versions", id)).andExpect(notFound());
    }

    @Test
    void theVersionsOfAPublishedPracticeArePublic() throws Exception {
        var id = api.approved(author, coordinator);

        mvc.perform(get("/api/v1/practices/{id}/versions", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(get("/api/v1/practices/{id}/versions/1", id)).andExpect(status().isOk());
    }

    @Test
    void anUnknownVersionIsNotFound() throws Exception {
        var id = submitted(fullDraft(2));

        mvc.perform(get("/api/v1/practices/{id}/versions/2", id).with(author.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/versions/diff", id).param("from", "1").param("to", "7")
                .with(author.token())).andExpect(notFound());
    }

    @Test
    void badVersionParametersAreRefusedNamingTheParameter() throws Exception {
        var id = submitted(fullDraft(2));

        mvc.perform(get("/api/v1/practices/{id}/versions/diff", id).param("from", "0").param("to", "1")
                .with(author.token())).andExpect(invalid("from", "Pattern"));
        mvc.perform(get("/api/v1/practices/{id}/versions/diff", id).param("from", "1").param("to", "latest")
                .with(author.token())).andExpect(invalid("to", "Pattern"));
        mvc.perform(get("/api/v1/practices/{id}/versions/diff", id).param("to", "1")
                .with(author.token())).andExpect(invalid("from", "Required"));
        mvc.perform(get("/api/v1/practices/{id}/versions/x", id).with(author.token()))
                .andExpect(invalid("number", "TypeMismatch"));
        mvc.perform(get("/api/v1/practices/{id}/versions/0", id).with(author.token()))
                .andExpect(invalid("number", "Min"));
    }

    @Test
    void aStoredVersionCannotBeChanged() throws Exception {
        var id = submitted(fullDraft(2));

        assertThatThrownBy(() -> jdbc.sql("update practice_versions set content = '{}' where practice_id = :id")
                .param("id", id).update())
                .hasMessageContaining("immutable");
    }

    private UUID submitted(Map<String, Object> body) throws Exception {
        var response = mvc.perform(post("/api/v1/practices").with(author.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(response, "$.id"));
        api.move(id, "submit", author);
        return id;
    }
}
