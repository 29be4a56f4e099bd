package dev.praxis.registry.review;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.praxis.registry.support.Problems.forbidden;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegistryIntegrationTest
@Import(ReviewApi.class)
class RubricIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users admin = new Users("admin-" + java.util.UUID.randomUUID(), "Администратор", "admin");

    @Test
    void theDefaultRubricHasTheSevenCriteriaOfTheDesignWithWeightsAddingUpTo100() throws Exception {
        var rubric = mvc.perform(get("/api/v1/rubric").with(Users.author().token()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(rubric, "$.criteria[*].code")).containsExactlyElementsOf(ReviewApi.CRITERIA);
        assertThat(JsonPath.<List<Integer>>read(rubric, "$.criteria[*].weight")).containsExactly(25, 20, 15, 10, 10, 10, 10);
        assertThat(JsonPath.<List<String>>read(rubric, "$.criteria[*].nameRu")).allSatisfy(name -> assertThat(name).isNotBlank());
        assertThat(JsonPath.<List<String>>read(rubric, "$.criteria[*].descriptionEn")).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void anAdminWritesANewVersionAndBadRubricsAreRefusedNamingTheRule() throws Exception {
        var current = mvc.perform(get("/api/v1/rubric").with(admin.token()))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(current, "$.version");
        List<Map<String, Object>> criteria = JsonPath.read(current, "$.criteria");
        var heavier = copy(criteria);
        heavier.getFirst().put("weight", 26);
        mvc.perform(put("/api/v1/rubric").with(admin.token()).contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("criteria", heavier))))
                .andExpect(invalid("criteria", "WeightsSumTo100"))
                .andExpect(jsonPath("$.errors[0].message").value("weights must add up to 100, not 101"));
        var twice = copy(criteria);
        twice.get(1).put("code", twice.getFirst().get("code"));
        mvc.perform(put("/api/v1/rubric").with(admin.token()).contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Map.of("criteria", twice)))).andExpect(invalid("criteria[1].code", "UniqueCode"));
        mvc.perform(put("/api/v1/rubric").with(admin.token()).contentType(MediaType.APPLICATION_JSON)
                .content(api.json(Map.of("criteria", List.of())))).andExpect(invalid("criteria", "NotEmpty"));
        mvc.perform(get("/api/v1/rubric").with(admin.token())).andExpect(jsonPath("$.version").value(version));

        // The same criteria with other descriptions: a new version that leaves the other tests' arithmetic alone.
        var reworded = copy(criteria);
        reworded.getFirst().put("descriptionEn", "Measured results, with evidence.");
        mvc.perform(put("/api/v1/rubric").with(admin.token()).contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("criteria", reworded))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.criteria[0].descriptionEn").value("Measured results, with evidence."));
    }

    @Test
    void onlyAnAdminWritesTheRubricAndOnlySignedInUsersReadIt() throws Exception {
        mvc.perform(get("/api/v1/rubric")).andExpect(unauthorized());
        mvc.perform(put("/api/v1/rubric").with(Users.coordinator().token()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"criteria\": []}")).andExpect(forbidden());
        mvc.perform(put("/api/v1/rubric").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(unauthorized());
    }

    private static List<Map<String, Object>> copy(List<Map<String, Object>> criteria) {
        var copy = new ArrayList<Map<String, Object>>();
        criteria.forEach(criterion -> copy.add(new java.util.LinkedHashMap<>(criterion)));
        return copy;
    }
}
