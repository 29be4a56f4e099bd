package dev.praxis.registry.review;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.Users;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.map;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Review test data through the real API: expert profiles, invitations, answers and reviews. */
@TestComponent
class ReviewApi {

    /** The criteria of the default rubric (V12), in order. */
    static final List<String> CRITERIA = List.of("evidence", "replicability", "relevance", "resources",
            "sustainability", "innovation", "equity");

    private final MockMvc mvc;
    private final PracticeApi api;
    private final JdbcClient jdbc;

    ReviewApi(MockMvc mvc, PracticeApi api, JdbcClient jdbc) {
        this.mvc = mvc;
        this.api = api;
        this.jdbc = jdbc;
    }

    /** An expert with a unique name, so that a test can look for it in an answer. */
    static Users expert() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        return new Users("expert-" + suffix, "Эксперт Проверочный " + suffix, "expert");
    }

    static Map<String, Object> profile(Users expert, String region, String organisation) {
        return map("displayName", expert.name(), "regionCode", region, "organisation", organisation,
                "directions", List.of("business-support"));
    }

    /** The expert writes a profile in {@code region}, working for a university there. */
    void profile(Users expert, String region) throws Exception {
        profile(expert, profile(expert, region, "Университет " + region));
    }

    void profile(Users expert, Map<String, Object> body) throws Exception {
        mvc.perform(put("/api/v1/experts/me").with(expert.token()).contentType(MediaType.APPLICATION_JSON)
                .content(api.json(body))).andExpect(status().isOk());
    }

    UUID invite(UUID practiceId, Users expert, Users coordinator) throws Exception {
        var answer = mvc.perform(post("/api/v1/practices/{id}/review/invitations", practiceId).with(coordinator.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("expert", expert.username()))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(answer, "$.id"));
    }

    void accept(UUID invitation, Users expert) throws Exception {
        mvc.perform(post("/api/v1/invitations/{id}/accept", invitation).with(expert.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"noConflict\": true}"))
                .andExpect(status().isOk());
    }

    /** Scores for every criterion: {@code score} each, {@code evidence} overridden; a comment wherever one is needed. */
    static Map<String, Object> scores(int score, int evidence) {
        var scores = new LinkedHashMap<String, Object>();
        for (var criterion : CRITERIA) {
            int value = criterion.equals("evidence") ? evidence : score;
            scores.put(criterion, map("score", value, "comment", value <= 2 ? "Слабо: нет данных" : null));
        }
        return scores;
    }

    static Map<String, Object> review(Map<String, Object> scores, String recommendation) {
        return map("scores", scores, "recommendation", recommendation, "comment", "Итог эксперта");
    }

    void saveReview(UUID invitation, Users expert, Map<String, Object> body) throws Exception {
        mvc.perform(put("/api/v1/invitations/{id}/review", invitation).with(expert.token()).with(current(invitation))
                .contentType(MediaType.APPLICATION_JSON).content(api.json(body))).andExpect(status().isOk());
    }

    void submit(UUID invitation, Users expert) throws Exception {
        mvc.perform(post("/api/v1/invitations/{id}/review/submit", invitation).with(expert.token()).with(current(invitation)))
                .andExpect(status().isOk());
    }

    /** Accepts, writes and submits a review. */
    void reviewed(UUID invitation, Users expert, Map<String, Object> scores, String recommendation) throws Exception {
        accept(invitation, expert);
        saveReview(invitation, expert, review(scores, recommendation));
        submit(invitation, expert);
    }

    /** A coordinator's decision with a comment. */
    void decide(UUID practiceId, String action, Users coordinator) throws Exception {
        mvc.perform(post("/api/v1/practices/{id}/" + action, practiceId).with(coordinator.token())
                        .with(api.current(practiceId)).contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(Map.of("comment", "Решение координатора"))))
                .andExpect(status().isOk());
    }

    String rounds(UUID practiceId, Users viewer) throws Exception {
        return mvc.perform(get("/api/v1/practices/{id}/review/rounds", practiceId).with(viewer.token()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** {@code If-Match} with the invitation's stored version. */
    RequestPostProcessor current(UUID invitation) {
        return request -> {
            long version = jdbc.sql("select version from review_invitations where id = :id").param("id", invitation)
                    .query(Long.class).optional().orElse(1L);
            request.addHeader("If-Match", "\"" + version + "\"");
            return request;
        };
    }

    String invitationStatus(UUID invitation) {
        return jdbc.sql("select status from review_invitations where id = :id").param("id", invitation)
                .query(String.class).single();
    }

    /** The invitations of the practice's round {@code number}: expert username → status. */
    Map<String, String> invitationsOfRound(UUID practiceId, int number) {
        var result = new LinkedHashMap<String, String>();
        jdbc.sql("""
                        select i.expert_username, i.status from review_invitations i join review_rounds r on r.id = i.round_id
                         where r.practice_id = :id and r.number = :number order by i.expert_username
                        """)
                .param("id", practiceId).param("number", number)
                .query((rs, n) -> result.put(rs.getString(1), rs.getString(2))).list();
        return result;
    }
}
