package dev.praxis.registry.review;

import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.review.ReviewApi.scores;
import static dev.praxis.registry.support.PracticeApi.map;
import static dev.praxis.registry.support.Problems.illegalTransition;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegistryIntegrationTest
@Import(ReviewApi.class)
class ReviewWritingIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    ReviewApi review;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();
    private final Users expert = ReviewApi.expert();

    private UUID accepted() throws Exception {
        review.profile(expert, "RU-NVS");
        var id = api.underReview(author, coordinator);
        var invitation = review.invite(id, expert, coordinator);
        review.accept(invitation, expert);
        return invitation;
    }

    @Test
    void aDraftIsSavedWithIfMatchAndSubmittedOnceThenNeverChanges() throws Exception {
        var invitation = accepted();
        var partial = map("scores", map("evidence", map("score", 4)), "recommendation", null);
        mvc.perform(put("/api/v1/invitations/{id}/review", invitation).with(expert.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(partial)))
                .andExpect(problem(428, "if-match-required"));
        var saved = mvc.perform(put("/api/v1/invitations/{id}/review", invitation).with(expert.token())
                        .with(review.current(invitation)).contentType(MediaType.APPLICATION_JSON).content(api.json(partial)))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.scores.evidence.score").value(4))
                .andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.contains("save-review", "submit-review")))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/v1/invitations/{id}/review", invitation).with(expert.token()).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(partial)))
                .andExpect(problem(412, "changed-meanwhile"))
                .andExpect(header().string("ETag", saved));
        mvc.perform(post("/api/v1/invitations/{id}/review/submit", invitation).with(expert.token()).with(review.current(invitation)))
                .andExpect(invalid("scores[replicability].score", "Required"));

        review.saveReview(invitation, expert, ReviewApi.review(scores(4, 3), "APPROVE"));
        mvc.perform(get("/api/v1/invitations/{id}/review", invitation).with(expert.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.scores.evidence.score").value(3))
                .andExpect(jsonPath("$.recommendation").value("APPROVE"));
        review.submit(invitation, expert);
        assertThat(review.invitationStatus(invitation)).isEqualTo("SUBMITTED");

        mvc.perform(put("/api/v1/invitations/{id}/review", invitation).with(expert.token()).with(review.current(invitation))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(ReviewApi.review(scores(1, 1), "REJECT"))))
                .andExpect(illegalTransition("SUBMITTED", "save-review"));
        mvc.perform(post("/api/v1/invitations/{id}/review/submit", invitation).with(expert.token()).with(review.current(invitation)))
                .andExpect(illegalTransition("SUBMITTED", "submit-review"));
        mvc.perform(get("/api/v1/invitations/{id}/review", invitation).with(expert.token()))
                .andExpect(jsonPath("$.scores.evidence.score").value(3))
                .andExpect(jsonPath("$.actions").isEmpty());
    }

    @Test
    void aScoreOfTwoOrBelowNeedsACommentWhenSubmitted() throws Exception {
        var invitation = accepted();
        var body = ReviewApi.review(scores(4, 2), "REVISE");
        @SuppressWarnings("unchecked")
        var evidence = (Map<String, Object>) ((Map<String, Object>) body.get("scores")).get("evidence");
        evidence.put("comment", " ");
        review.saveReview(invitation, expert, body);
        mvc.perform(post("/api/v1/invitations/{id}/review/submit", invitation).with(expert.token()).with(review.current(invitation)))
                .andExpect(invalid("scores[evidence].comment", "Required"));
        assertThat(review.invitationStatus(invitation)).isEqualTo("ACCEPTED");
        evidence.put("comment", "Эффект не измерен");
        review.saveReview(invitation, expert, body);
        review.submit(invitation, expert);
        assertThat(review.invitationStatus(invitation)).isEqualTo("SUBMITTED");
    }

    @Test
    void scoresOutsideTheScaleOrOfUnknownCriteriaAreRefused() throws Exception {
        var invitation = accepted();
        var unknown = map("scores", map("beauty", map("score", 5)));
        mvc.perform(put("/api/v1/invitations/{id}/review", invitation).with(expert.token()).with(review.current(invitation))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(unknown)))
                .andExpect(invalid("scores[beauty]", "KnownCriterion"));
        var tooHigh = map("scores", map("evidence", map("score", 6)));
        mvc.perform(put("/api/v1/invitations/{id}/review", invitation).with(expert.token()).with(review.current(invitation))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(tooHigh)))
                .andExpect(invalid("scores[evidence].score", "Max"));
        var noRecommendation = ReviewApi.review(scores(4, 4), null);
        review.saveReview(invitation, expert, noRecommendation);
        mvc.perform(post("/api/v1/invitations/{id}/review/submit", invitation).with(expert.token()).with(review.current(invitation)))
                .andExpect(invalid("recommendation", "Required"));
        var unaccepted = ReviewApi.expert();
        review.profile(unaccepted, "RU-TOM");
        var practice = api.underReview(author, coordinator);
        var invited = review.invite(practice, unaccepted, coordinator);
        mvc.perform(put("/api/v1/invitations/{id}/review", invited).with(unaccepted.token()).with(review.current(invited))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(ReviewApi.review(scores(4, 4), "APPROVE"))))
                .andExpect(illegalTransition("INVITED", "save-review"));
    }
}
