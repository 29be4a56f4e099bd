package dev.praxis.registry.replication;

import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.ruleViolated;
import static dev.praxis.registry.support.Problems.unreadable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Replication requests: only for published practices, and bad input never creates one. */
@RegistryIntegrationTest
class ReplicationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users author = Users.author();
    private final Users official = Users.official();
    private UUID approved;

    @BeforeEach
    void publishAPractice() throws Exception {
        approved = api.approved(author, Users.coordinator());
    }

    @Test
    void acceptsAValidRequest() throws Exception {
        mvc.perform(request(api.json(body(approved)))).andExpect(status().isCreated());

        assertThat(api.replicationsRequestedBy(official)).isEqualTo(1);
    }

    @Test
    void refusesARequestWithoutRequiredFields() throws Exception {
        mvc.perform(request("{}"))
                .andExpect(invalid("practiceId", "NotNull"))
                .andExpect(invalid("regionCode", "NotBlank"))
                .andExpect(invalid("reason", "NotBlank"))
                .andExpect(invalid("plannedStart", "NotNull"));
        assertThat(api.replicationsRequestedBy(official)).isZero();
    }

    @Test
    void refusesTooLongTextAndUnknownRegion() throws Exception {
        var body = body(approved);
        body.put("reason", "р".repeat(4001));
        body.put("targetMunicipality", "м".repeat(201));
        body.put("regionCode", "RU-ATL");

        mvc.perform(request(api.json(body)))
                .andExpect(invalid("reason", "Size"))
                .andExpect(invalid("targetMunicipality", "Size"))
                .andExpect(invalid("regionCode", "KnownRegion"));
        assertThat(api.replicationsRequestedBy(official)).isZero();
    }

    @Test
    void namesTheFieldOfAMalformedDateOrId() throws Exception {
        var badDate = body(approved);
        badDate.put("plannedStart", "01.03.2027");
        mvc.perform(request(api.json(badDate))).andExpect(invalid("plannedStart", "TypeMismatch"));

        var badId = body(approved);
        badId.put("practiceId", "practice-1");
        mvc.perform(request(api.json(badId))).andExpect(invalid("practiceId", "TypeMismatch"));

        mvc.perform(request("{\"reason\": ")).andExpect(unreadable("MalformedJson"));
        assertThat(api.replicationsRequestedBy(official)).isZero();
    }

    @Test
    void refusesReplicatingAPracticeThatIsNotPublished() throws Exception {
        var submitted = api.submittedBy(author);
        var before = api.row(submitted);

        mvc.perform(request(api.json(body(submitted)))).andExpect(ruleViolated("practice-not-published"));
        mvc.perform(request(api.json(body(api.draftBy(author, 1))))).andExpect(ruleViolated("practice-not-published"));

        assertThat(api.replicationsRequestedBy(official)).isZero();
        assertThat(api.row(submitted)).isEqualTo(before);
    }

    @Test
    void refusesReplicatingAnUnknownPractice() throws Exception {
        mvc.perform(request(api.json(body(UUID.randomUUID())))).andExpect(notFound());

        assertThat(api.replicationsRequestedBy(official)).isZero();
    }

    @Test
    void refusesReadingUnknownOrMalformedIdsAndBadPages() throws Exception {
        mvc.perform(get("/api/v1/replications/{id}", UUID.randomUUID()).with(official.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/replications/{id}", "abc").with(official.token())).andExpect(invalid("id", "TypeMismatch"));
        mvc.perform(get("/api/v1/replications/mine").param("size", "0").with(official.token()))
                .andExpect(invalid("size", "Min"));
        mvc.perform(get("/api/v1/replications/mentoring").param("size", "1000").with(author.token()))
                .andExpect(invalid("size", "Max"));
    }

    private MockHttpServletRequestBuilder request(String json) {
        return post("/api/v1/replications").with(official.token()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static Map<String, Object> body(UUID practiceId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("practiceId", practiceId.toString());
        body.put("regionCode", "RU-NVS");
        body.put("targetMunicipality", "Новосибирск");
        body.put("reason", "Долгое оформление поддержки для малого бизнеса");
        body.put("plannedStart", "2027-01-15");
        return body;
    }
}
