package dev.praxis.registry.security;

import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.draft;
import static dev.praxis.registry.support.Problems.forbidden;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegistryIntegrationTest
class AccessIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users author = Users.author();

    @Test
    void asksForATokenWhereOneIsNeeded() throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(post("/api/v1/practices").contentType(MediaType.APPLICATION_JSON).content(api.json(draft(1))))
                .andExpect(unauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
        mvc.perform(put("/api/v1/practices/{id}", id).with(api.current(id)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(unauthorized());
        mvc.perform(post("/api/v1/practices/{id}/approve", id).with(api.current(id))).andExpect(unauthorized());
        mvc.perform(get("/api/v1/practices/mine")).andExpect(unauthorized());
        mvc.perform(get("/api/v1/practices")).andExpect(unauthorized());
        mvc.perform(post("/api/v1/replications").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(unauthorized());
        mvc.perform(get("/api/v1/replications/{id}", id)).andExpect(unauthorized());
        mvc.perform(get("/internal/v1/practice-events")).andExpect(unauthorized());
        mvc.perform(get("/internal/v1/practice-cards")).andExpect(unauthorized());
        mvc.perform(post("/api/v1/practices/{id}/archive", id).with(api.current(id)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(unauthorized());
    }

    @Test
    void refusesTheWrongRole() throws Exception {
        var official = Users.official();
        var id = api.submittedBy(author);
        var before = api.row(id);

        mvc.perform(post("/api/v1/practices").with(official.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(draft(1))))
                .andExpect(forbidden());
        mvc.perform(post("/api/v1/practices/{id}/approve", id).with(author.token()).with(api.current(id))).andExpect(forbidden());
        mvc.perform(post("/api/v1/practices/{id}/reject", id).with(official.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"нет\"}"))
                .andExpect(forbidden());
        mvc.perform(get("/api/v1/practices").with(author.token())).andExpect(forbidden());
        mvc.perform(get("/api/v1/practices/mine").with(Users.coordinator().token())).andExpect(forbidden());
        mvc.perform(post("/api/v1/replications").with(author.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(forbidden());
        mvc.perform(get("/api/v1/replications/mentoring").with(official.token())).andExpect(forbidden());
        mvc.perform(get("/internal/v1/practice-events").with(author.token())).andExpect(forbidden());
        mvc.perform(get("/internal/v1/practice-cards").with(Users.coordinator().token())).andExpect(forbidden());
        mvc.perform(post("/api/v1/practices/{id}/archive", id).with(author.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"нет\"}"))
                .andExpect(forbidden());

        assertThat(api.row(id)).isEqualTo(before);
    }

    @Test
    void refusesChangesByAnAuthorWhoDidNotWriteThePractice() throws Exception {
        var intruder = Users.author();
        var id = api.draftBy(author, 1);
        var before = api.row(id);

        // Someone else's draft does not exist for them.
        mvc.perform(put("/api/v1/practices/{id}", id).with(intruder.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(draft(2))))
                .andExpect(notFound());
        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(intruder.token()).with(api.current(id))).andExpect(notFound());
        assertThat(api.row(id)).isEqualTo(before);

        // A published practice they may read, but not take back.
        var published = api.approved(author, Users.coordinator());
        var publishedBefore = api.row(published);
        mvc.perform(post("/api/v1/practices/{id}/withdraw", published).with(intruder.token()).with(api.current(published)))
                .andExpect(forbidden());
        assertThat(api.row(published)).isEqualTo(publishedBefore);
    }

    @Test
    void leavesPublicEndpointsOpen() throws Exception {
        mvc.perform(get("/api/v1/regions")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/directions")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void allowsAHeadExactlyWhereItAllowsTheGet() throws Exception {
        var approved = api.approved(author, Users.coordinator());
        mvc.perform(head("/api/v1/regions")).andExpect(status().isOk());
        mvc.perform(head("/api/v1/practices/{id}", approved)).andExpect(status().isOk());
        mvc.perform(head("/api/v1/practices/{id}/history", approved)).andExpect(status().isOk());

        mvc.perform(head("/api/v1/practices/mine")).andExpect(status().isUnauthorized());
        mvc.perform(head("/api/v1/practices")).andExpect(status().isUnauthorized());
        mvc.perform(head("/internal/v1/practice-events")).andExpect(status().isUnauthorized());
        mvc.perform(head("/api/v1/practices").with(author.token())).andExpect(status().isForbidden());
        mvc.perform(head("/internal/v1/practice-cards").with(Users.coordinator().token()))
                .andExpect(status().isForbidden());
    }
}
