package dev.praxis.registry.practice;

import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.ids;
import static dev.praxis.registry.support.Problems.forbidden;
import static dev.praxis.registry.support.Problems.illegalTransition;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.ruleViolated;
import static dev.praxis.registry.support.Problems.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A coordinator archives an approved practice: it leaves the public catalogue and cannot be replicated any more. */
@RegistryIntegrationTest
class PracticeArchiveIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();

    @Test
    void coordinatorArchivesAnApprovedPracticeWithAReason() throws Exception {
        var id = api.approved(author, coordinator);

        mvc.perform(archive(id, coordinator, "{\"comment\": \"Заменена новой редакцией\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ARCHIVED"))
                .andExpect(jsonPath("$.version").value(6))
                .andExpect(jsonPath("$.archivedAt").isNotEmpty())
                .andExpect(jsonPath("$.approvedAt").isNotEmpty());

        mvc.perform(get("/api/v1/practices/{id}/history", id).with(author.token()))
                .andExpect(jsonPath("$[*].toStatus",
                        contains("DRAFT", "SUBMITTED", "SCREENING", "UNDER_REVIEW", "APPROVED", "ARCHIVED")))
                .andExpect(jsonPath("$[5].action").value("archive"))
                .andExpect(jsonPath("$[5].fromStatus").value("APPROVED"))
                .andExpect(jsonPath("$[5].actorName").value(coordinator.name()))
                .andExpect(jsonPath("$[5].actor").doesNotExist())
                .andExpect(jsonPath("$[5].comment").value("Заменена новой редакцией"));
        var archived = mvc.perform(get("/api/v1/practices").param("status", "ARCHIVED").param("size", "100")
                        .with(coordinator.token()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ids(archived)).contains(id.toString());
    }

    @Test
    void anArchivedPracticeIsNoLongerPublicButItsAuthorAndCoordinatorsStillSeeIt() throws Exception {
        var id = api.archived(author, coordinator);

        mvc.perform(get("/api/v1/practices/{id}", id)).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}", id).with(Users.official().token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ARCHIVED"));
        mvc.perform(get("/api/v1/practices/{id}", id).with(Users.coordinator().token()))
                .andExpect(status().isOk());
    }

    @Test
    void refusesNewReplicationRequestsForAnArchivedPractice() throws Exception {
        var id = api.archived(author, coordinator);
        var official = Users.official();
        var before = api.row(id);

        mvc.perform(post("/api/v1/replications").with(official.token()).contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("practiceId", id, "regionCode", "RU-NVS", "reason", "Хотим так же",
                                "plannedStart", "2027-02-01"))))
                .andExpect(ruleViolated("practice-not-published"));

        assertThat(api.replicationsRequestedBy(official)).isZero();
        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void refusesArchivingWhatIsNotApproved() throws Exception {
        var draft = api.draftBy(author, 1);
        var submitted = api.submittedBy(author);
        var archived = api.archived(author, coordinator);
        var before = api.row(draft);

        // Someone else's draft does not exist for a coordinator: a move on it is a 404, as reading it is.
        mvc.perform(archive(draft, coordinator, "{\"comment\": \"Нет\"}")).andExpect(notFound());
        mvc.perform(archive(submitted, coordinator, "{\"comment\": \"Нет\"}"))
                .andExpect(illegalTransition("SUBMITTED", "archive"));
        mvc.perform(archive(archived, coordinator, "{\"comment\": \"Ещё раз\"}"))
                .andExpect(illegalTransition("ARCHIVED", "archive"));

        assertThat(api.row(draft)).isEqualTo(before);
        assertThat(api.row(submitted).status()).isEqualTo("SUBMITTED");
    }

    @Test
    void refusesArchivingWithoutAReasonByTheWrongRoleOrWithoutAToken() throws Exception {
        var id = api.approved(author, coordinator);
        var before = api.row(id);

        mvc.perform(archive(id, coordinator, "{}")).andExpect(invalid("comment", "Required"));
        mvc.perform(archive(id, coordinator, "{\"comment\": \"" + "к".repeat(4001) + "\"}"))
                .andExpect(invalid("comment", "Size"));
        mvc.perform(post("/api/v1/practices/{id}/archive", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(invalid("comment", "Required"));
        mvc.perform(archive(id, author, "{\"comment\": \"Моя практика устарела\"}")).andExpect(forbidden());
        mvc.perform(archive(id, Users.official(), "{\"comment\": \"Нет\"}")).andExpect(forbidden());
        mvc.perform(post("/api/v1/practices/{id}/archive", id).with(api.current(id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"Нет\"}"))
                .andExpect(unauthorized());
        mvc.perform(archive(UUID.randomUUID(), coordinator, "{\"comment\": \"Нет\"}")).andExpect(notFound());

        assertThat(api.row(id)).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder archive(UUID id, Users user, String json) {
        return post("/api/v1/practices/{id}/archive", id).with(user.token()).with(api.current(id))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
