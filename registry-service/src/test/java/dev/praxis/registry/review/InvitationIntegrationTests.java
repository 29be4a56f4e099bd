package dev.praxis.registry.review;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.map;
import static dev.praxis.registry.support.Problems.illegalTransition;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.ruleViolated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegistryIntegrationTest
@Import(ReviewApi.class)
@RecordApplicationEvents
class InvitationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    ReviewApi review;
    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationEvents events;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();
    private final Users expert = ReviewApi.expert();

    private org.springframework.test.web.servlet.ResultActions invite(UUID practiceId, Object body) throws Exception {
        return mvc.perform(post("/api/v1/practices/{id}/review/invitations", practiceId).with(coordinator.token())
                .contentType(MediaType.APPLICATION_JSON).content(api.json(body)));
    }

    @Test
    void anInvitationAnswersWithItsActionsAndADefaultDueDateTwoWeeksOut() throws Exception {
        review.profile(expert, "RU-NVS");
        var id = api.underReview(author, coordinator);
        invite(id, Map.of("expert", expert.username()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("INVITED"))
                .andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.contains("accept", "decline")))
                .andExpect(jsonPath("$.round.number").value(1))
                .andExpect(jsonPath("$.practiceTitle").isNotEmpty());
        mvc.perform(get("/api/v1/me/invitations").with(expert.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].practiceId").value(id.toString()))
                .andExpect(jsonPath("$[0].dueDate")
                        .value(LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(14).toString()));
        assertThat(events.stream(ReviewEvent.InvitationSent.class).filter(e -> e.practiceId().equals(id))
                .map(ReviewEvent.InvitationSent::expert)).containsExactly(expert.username());
    }

    @Test
    void anExpertWithAConflictOfInterestIsRefusedWithTheReasonsAndListedAsLeftOut() throws Exception {
        // The practice is from Kaliningrad Oblast (RU-KGD) and written by the ministry there.
        review.profile(expert, ReviewApi.profile(expert, "RU-KGD",
                "Министерство экономического развития Калининградской области"));
        var id = api.draftBy(author, PracticeApi.completeDraft());
        api.move(id, "submit", author);
        api.toReview(id, coordinator);
        invite(id, Map.of("expert", expert.username()))
                .andExpect(ruleViolated("conflict-of-interest"))
                .andExpect(jsonPath("$.conflicts[*].reason").value(org.hamcrest.Matchers.contains("SAME_REGION", "SAME_ORGANISATION")))
                .andExpect(jsonPath("$.conflicts[0].detail").value("RU-KGD"));
        assertThat(review.invitationsOfRound(id, 1)).isEmpty();
        mvc.perform(get("/api/v1/practices/{id}/review/conflicts", id).with(coordinator.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.expert == '%s')].conflicts[*].reason".formatted(expert.username()))
                        .value(org.hamcrest.Matchers.contains("SAME_REGION", "SAME_ORGANISATION")));
    }

    @Test
    void anExpertAtTheirMaximumOfOpenReviewsIsRefused() throws Exception {
        var body = ReviewApi.profile(expert, "RU-NVS", "НГУ");
        body.put("maxOpenReviews", 1);
        review.profile(expert, body);
        var first = api.underReview(author, coordinator);
        var second = api.underReview(author, coordinator);
        review.invite(first, expert, coordinator);
        invite(second, Map.of("expert", expert.username())).andExpect(ruleViolated("expert-capacity"));
        assertThat(review.invitationsOfRound(second, 1)).isEmpty();
    }

    @Test
    void invitationsNeedAnOpenRoundAnExpertWithAProfileAndAFutureDueDateAndComeOncePerRound() throws Exception {
        review.profile(expert, "RU-NVS");
        var submitted = api.submittedBy(author);
        invite(submitted, Map.of("expert", expert.username())).andExpect(ruleViolated("open-round"));
        var id = api.underReview(author, coordinator);
        invite(id, Map.of("expert", "nobody-" + UUID.randomUUID())).andExpect(invalid("expert", "KnownExpert"));
        invite(id, Map.of("expert", expert.username(), "dueDate", LocalDate.now().minusDays(1).toString()))
                .andExpect(invalid("dueDate", "Future"));
        invite(id, Map.of("expert", " ")).andExpect(invalid("expert", "NotBlank"));
        review.invite(id, expert, coordinator);
        invite(id, Map.of("expert", expert.username())).andExpect(ruleViolated("one-invitation-per-round"));
    }

    @Test
    void acceptingDeclaresNoConflictAndDecliningNeedsAReason() throws Exception {
        review.profile(expert, "RU-NVS");
        var id = api.underReview(author, coordinator);
        var invitation = review.invite(id, expert, coordinator);
        mvc.perform(post("/api/v1/invitations/{id}/accept", invitation).with(expert.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"noConflict\": false}"))
                .andExpect(invalid("noConflict", "AssertTrue"));
        mvc.perform(post("/api/v1/invitations/{id}/accept", invitation).with(expert.token())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(invalid("noConflict", "NotNull"));
        mvc.perform(post("/api/v1/invitations/{id}/decline", invitation).with(expert.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"  \"}"))
                .andExpect(invalid("reason", "Required"));
        mvc.perform(post("/api/v1/invitations/{id}/decline", invitation).with(expert.token()))
                .andExpect(invalid("reason", "Required"));
        assertThat(review.invitationStatus(invitation)).isEqualTo("INVITED");
        mvc.perform(post("/api/v1/invitations/{id}/decline", invitation).with(expert.token())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"В отпуске\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.declineReason").value("В отпуске"))
                .andExpect(jsonPath("$.actions").isEmpty());
        mvc.perform(post("/api/v1/invitations/{id}/accept", invitation).with(expert.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"noConflict\": true}"))
                .andExpect(illegalTransition("DECLINED", "accept"));
        assertThat(events.stream(ReviewEvent.InvitationDeclined.class).filter(e -> e.invitationId().equals(invitation))
                .map(ReviewEvent.InvitationDeclined::reason)).containsExactly("В отпуске");
    }

    @Test
    void someoneElsesInvitationDoesNotExist() throws Exception {
        review.profile(expert, "RU-NVS");
        var id = api.underReview(author, coordinator);
        var invitation = review.invite(id, expert, coordinator);
        var other = ReviewApi.expert();
        mvc.perform(post("/api/v1/invitations/{id}/accept", invitation).with(other.token())
                .contentType(MediaType.APPLICATION_JSON).content("{\"noConflict\": true}")).andExpect(notFound());
        mvc.perform(get("/api/v1/invitations/{id}/review", invitation).with(other.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/invitations/{id}/review", UUID.randomUUID()).with(expert.token())).andExpect(notFound());
        assertThat(review.invitationStatus(invitation)).isEqualTo("INVITED");
    }

    @Test
    void unansweredInvitationsExpireAfterTheirDueDateAndOverdueRoundsClose() throws Exception {
        review.profile(expert, "RU-NVS");
        var answering = ReviewApi.expert();
        review.profile(answering, "RU-TOM");
        var id = api.underReview(author, coordinator);
        var unanswered = review.invite(id, expert, coordinator);
        var accepted = review.invite(id, answering, coordinator);
        review.accept(accepted, answering);

        reviews.expireOverdue(Instant.now());
        assertThat(review.invitationStatus(unanswered)).as("not due yet").isEqualTo("INVITED");

        reviews.expireOverdue(Instant.now().plus(Duration.ofDays(16)));
        assertThat(review.invitationStatus(unanswered)).isEqualTo("EXPIRED");
        assertThat(review.invitationStatus(accepted)).as("an accepted invitation does not expire").isEqualTo("ACCEPTED");
        assertThat(events.stream(ReviewEvent.InvitationExpired.class).map(ReviewEvent.InvitationExpired::invitationId))
                .contains(unanswered);
        var rounds = review.rounds(id, coordinator);
        assertThat(JsonPath.<String>read(rounds, "$[0].closedBecause")).isEqualTo("DUE_DATE");
        assertThat(events.stream(ReviewEvent.RoundClosed.class).filter(e -> e.practiceId().equals(id))
                .map(ReviewEvent.RoundClosed::because)).containsExactly(RoundClosure.DUE_DATE);
        mvc.perform(get("/api/v1/me/invitations").with(answering.token()))
                .andExpect(jsonPath("$[0].actions").isEmpty())
                .andExpect(jsonPath("$[0].round.status").value("CLOSED"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/invitations/{id}/review", accepted).with(answering.token()).with(review.current(accepted))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(api.json(ReviewApi.review(ReviewApi.scores(4, 4), "APPROVE"))))
                .andExpect(ruleViolated("round-open"));
    }
}
