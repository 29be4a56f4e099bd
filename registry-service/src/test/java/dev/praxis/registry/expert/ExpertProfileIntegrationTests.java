package dev.praxis.registry.expert;

import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.map;
import static dev.praxis.registry.support.Problems.forbidden;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.unauthorized;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegistryIntegrationTest
class ExpertProfileIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users expert = Users.expert();
    private final Users coordinator = Users.coordinator();

    private static final UUID DECLARED_PRACTICE = UUID.randomUUID();

    static Map<String, Object> profile() {
        return map("displayName", "Елена Экспертова", "email", "elena@example.org", "regionCode", "RU-NVS",
                "organisation", "Новосибирский государственный университет",
                "directions", List.of("business-support"), "keywords", List.of("МФЦ", "цифровизация"),
                "conflicts", map("organisations", List.of("Мэрия Новосибирска"), "regions", List.of("RU-TOM"),
                        "practiceIds", List.of(DECLARED_PRACTICE)));
    }

    @Test
    void anExpertWritesTheirProfileAndReadsItBackWithTheDefaultLoad() throws Exception {
        mvc.perform(get("/api/v1/experts/me").with(expert.token())).andExpect(notFound());
        mvc.perform(put("/api/v1/experts/me").with(expert.token()).contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(profile())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(expert.username()))
                .andExpect(jsonPath("$.maxOpenReviews").value(3));
        mvc.perform(get("/api/v1/experts/me").with(expert.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value("RU-NVS"))
                .andExpect(jsonPath("$.directions[0]").value("business-support"))
                .andExpect(jsonPath("$.conflicts.regions[0]").value("RU-TOM"))
                .andExpect(jsonPath("$.conflicts.organisations[0]").value("Мэрия Новосибирска"))
                .andExpect(jsonPath("$.conflicts.practiceIds[0]").value(DECLARED_PRACTICE.toString()));
    }

    @Test
    void aCoordinatorSeesAndCorrectsAnExpertsProfile() throws Exception {
        mvc.perform(put("/api/v1/experts/me").with(expert.token()).contentType(MediaType.APPLICATION_JSON)
                .content(api.json(profile()))).andExpect(status().isOk());
        var corrected = profile();
        corrected.put("maxOpenReviews", 5);
        mvc.perform(put("/api/v1/experts/{username}", expert.username()).with(coordinator.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(corrected)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxOpenReviews").value(5));
        mvc.perform(get("/api/v1/experts/{username}", expert.username()).with(coordinator.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxOpenReviews").value(5));
        mvc.perform(get("/api/v1/experts?page=0&size=100").with(coordinator.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.username == '%s')]".formatted(expert.username())).exists());
        mvc.perform(get("/api/v1/experts/{username}", "nobody-" + UUID.randomUUID()).with(coordinator.token()))
                .andExpect(notFound());
    }

    @Test
    void badProfilesAreRefusedNamingTheField() throws Exception {
        var cases = Map.of(
                "regionCode", withField("regionCode", "RU-XXX"),
                "maxOpenReviews", withField("maxOpenReviews", 21),
                "displayName", withField("displayName", "я".repeat(201)),
                "organisation", withField("organisation", " "),
                "directions[0]", withField("directions", List.of("no-such-direction")),
                "conflicts.regions[0]", withField("conflicts", map("regions", List.of("RU-XXX"))));
        for (var broken : cases.entrySet()) {
            mvc.perform(put("/api/v1/experts/me").with(expert.token()).contentType(MediaType.APPLICATION_JSON)
                            .content(api.json(broken.getValue())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(broken.getKey()));
        }
        mvc.perform(put("/api/v1/experts/me").with(expert.token()).contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(withField("maxOpenReviews", 0))))
                .andExpect(invalid("maxOpenReviews", "Min"));
        mvc.perform(get("/api/v1/experts/me").with(expert.token())).andExpect(notFound());
    }

    @Test
    void onlyExpertsKeepProfilesAndOnlyCoordinatorsSeeOthers() throws Exception {
        var author = Users.author();
        mvc.perform(get("/api/v1/experts/me")).andExpect(unauthorized());
        mvc.perform(get("/api/v1/experts")).andExpect(unauthorized());
        mvc.perform(get("/api/v1/experts/me").with(author.token())).andExpect(forbidden());
        mvc.perform(put("/api/v1/experts/me").with(coordinator.token()).contentType(MediaType.APPLICATION_JSON)
                .content(api.json(profile()))).andExpect(forbidden());
        mvc.perform(get("/api/v1/experts").with(expert.token())).andExpect(forbidden());
        mvc.perform(get("/api/v1/experts/{username}", expert.username()).with(expert.token())).andExpect(forbidden());
        mvc.perform(put("/api/v1/experts/{username}", expert.username()).with(expert.token())
                .contentType(MediaType.APPLICATION_JSON).content(api.json(profile()))).andExpect(forbidden());
    }

    private static Map<String, Object> withField(String field, Object value) {
        var body = profile();
        body.put(field, value);
        return body;
    }
}
