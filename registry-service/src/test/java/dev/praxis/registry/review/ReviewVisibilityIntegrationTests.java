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

import java.util.List;
import java.util.UUID;

import static dev.praxis.registry.review.ReviewApi.scores;
import static dev.praxis.registry.support.Problems.forbidden;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who sees which reviews (docs/review.md, "Who sees what"), and the roles of every review endpoint. */
@RegistryIntegrationTest
@Import(ReviewApi.class)
class ReviewVisibilityIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    ReviewApi review;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();
    private final Users first = ReviewApi.expert();
    private final Users second = ReviewApi.expert();

    @Test
    void theAuthorSeesClosedRoundsOnlyAndNeverAnExpertsIdentity() throws Exception {
        review.profile(first, ReviewApi.profile(first, "RU-NVS", "Новосибирский университет имени Первого"));
        review.profile(second, ReviewApi.profile(second, "RU-TOM", "Томский университет имени Второго"));
        var id = api.underReview(author, coordinator);
        var firstInvitation = review.invite(id, first, coordinator);
        var secondInvitation = review.invite(id, second, coordinator);
        review.reviewed(firstInvitation, first, scores(5, 4), "APPROVE");

        assertThat(JsonPath.<List<Object>>read(review.rounds(id, author), "$"))
                .as("an open round is not the author's yet").isEmpty();

        review.reviewed(secondInvitation, second, scores(2, 1), "REJECT");
        var seen = review.rounds(id, author);
        assertThat(JsonPath.<List<String>>read(seen, "$[0].reviews[*].reviewer")).containsExactly("Expert 1", "Expert 2");
        assertThat(JsonPath.<List<String>>read(seen, "$[0].reviews[*].scores[*].comment")).contains("Слабо: нет данных");
        assertThat(JsonPath.<Double>read(seen, "$[0].aggregate.score")).isNotNull();
        assertThat(JsonPath.<List<Object>>read(seen, "$[0].invitations")).isEmpty();
        for (var expert : List.of(first, second)) {
            assertThat(seen).doesNotContain(expert.username(), expert.name(), "университет имени");
        }
        assertThat(seen).doesNotContain(firstInvitation.toString(), secondInvitation.toString());

        review.decide(id, "reject", coordinator);
        var afterDecision = review.rounds(id, author);
        for (var expert : List.of(first, second)) {
            assertThat(afterDecision).doesNotContain(expert.username(), expert.name());
        }
    }

    @Test
    void anExpertSeesTheirOwnReviewAndTheOthersOnlyAnonymisedAfterTheRoundCloses() throws Exception {
        review.profile(first, "RU-NVS");
        review.profile(second, "RU-TOM");
        var id = api.underReview(author, coordinator);
        var firstInvitation = review.invite(id, first, coordinator);
        var secondInvitation = review.invite(id, second, coordinator);
        review.reviewed(firstInvitation, first, scores(5, 4), "APPROVE");
        review.accept(secondInvitation, second);
        review.saveReview(secondInvitation, second, ReviewApi.review(scores(3, 3), "REVISE"));

        var whileOpen = review.rounds(id, second);
        assertThat(JsonPath.<List<Object>>read(whileOpen, "$[0].reviews")).as("a draft is nobody's to see, the other's review not yet").isEmpty();
        assertThat(JsonPath.<Object>read(whileOpen, "$[0].aggregate")).isNull();
        var own = review.rounds(id, first);
        assertThat(JsonPath.<List<Boolean>>read(own, "$[0].reviews[*].mine")).containsExactly(true);

        review.submit(secondInvitation, second);
        var closed = review.rounds(id, second);
        assertThat(JsonPath.<List<String>>read(closed, "$[0].reviews[*].reviewer")).containsExactly("Expert 1", "Expert 2");
        assertThat(JsonPath.<List<Boolean>>read(closed, "$[0].reviews[*].mine")).containsExactly(false, true);
        assertThat(closed).doesNotContain(first.username(), first.name());
    }

    @Test
    void anExpertReadsAPracticeUnderReviewOnlyWhileInvitedToIt() throws Exception {
        review.profile(first, "RU-NVS");
        var id = api.underReview(author, coordinator);
        mvc.perform(get("/api/v1/practices/{id}", id).with(first.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/review/rounds", id).with(first.token())).andExpect(notFound());
        var invitation = review.invite(id, first, coordinator);
        mvc.perform(get("/api/v1/practices/{id}", id).with(first.token())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/invitations/{id}/decline", invitation).with(first.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Нет времени\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/practices/{id}", id).with(first.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/review/rounds", id).with(first.token())).andExpect(notFound());
    }

    @Test
    void everyReviewEndpointAsksForATokenAndTheRightRole() throws Exception {
        var id = api.underReview(author, coordinator);
        var invitation = UUID.randomUUID();
        var json = MediaType.APPLICATION_JSON;
        mvc.perform(post("/api/v1/practices/{id}/review/invitations", id).contentType(json).content("{}")).andExpect(unauthorized());
        mvc.perform(get("/api/v1/practices/{id}/review/conflicts", id)).andExpect(unauthorized());
        mvc.perform(get("/api/v1/practices/{id}/review/rounds", id)).andExpect(unauthorized());
        mvc.perform(get("/api/v1/me/invitations")).andExpect(unauthorized());
        mvc.perform(post("/api/v1/invitations/{id}/accept", invitation).contentType(json).content("{}")).andExpect(unauthorized());
        mvc.perform(post("/api/v1/invitations/{id}/decline", invitation)).andExpect(unauthorized());
        mvc.perform(get("/api/v1/invitations/{id}/review", invitation)).andExpect(unauthorized());
        mvc.perform(put("/api/v1/invitations/{id}/review", invitation).contentType(json).content("{}")).andExpect(unauthorized());
        mvc.perform(post("/api/v1/invitations/{id}/review/submit", invitation)).andExpect(unauthorized());

        mvc.perform(post("/api/v1/practices/{id}/review/invitations", id).with(author.token()).contentType(json)
                .content("{\"expert\": \"x\"}")).andExpect(forbidden());
        mvc.perform(post("/api/v1/practices/{id}/review/invitations", id).with(first.token()).contentType(json)
                .content("{\"expert\": \"x\"}")).andExpect(forbidden());
        mvc.perform(get("/api/v1/practices/{id}/review/conflicts", id).with(first.token())).andExpect(forbidden());
        mvc.perform(get("/api/v1/me/invitations").with(coordinator.token())).andExpect(forbidden());
        mvc.perform(post("/api/v1/invitations/{id}/accept", invitation).with(coordinator.token()).contentType(json)
                .content("{\"noConflict\": true}")).andExpect(forbidden());
        mvc.perform(post("/api/v1/invitations/{id}/decline", invitation).with(author.token())).andExpect(forbidden());
        mvc.perform(get("/api/v1/invitations/{id}/review", invitation).with(coordinator.token())).andExpect(forbidden());
        mvc.perform(put("/api/v1/invitations/{id}/review", invitation).with(author.token()).contentType(json)
                .content("{}")).andExpect(forbidden());
        mvc.perform(post("/api/v1/invitations/{id}/review/submit", invitation).with(coordinator.token())).andExpect(forbidden());

        // Objects the caller may not see do not exist for them.
        var stranger = Users.author();
        mvc.perform(get("/api/v1/practices/{id}/review/rounds", id).with(stranger.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/review/rounds", UUID.randomUUID()).with(coordinator.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{id}/review/conflicts", UUID.randomUUID()).with(coordinator.token())).andExpect(notFound());
        var draft = api.draftBy(author, 1);
        mvc.perform(get("/api/v1/practices/{id}/review/conflicts", draft).with(coordinator.token())).andExpect(notFound());
        mvc.perform(post("/api/v1/practices/{id}/review/invitations", draft).with(coordinator.token()).contentType(json)
                .content("{\"expert\": \"x\"}")).andExpect(notFound());
    }
}
