package dev.praxis.registry.review;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static dev.praxis.registry.review.ReviewApi.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The whole way of a practice through two rounds of review, against the real database. */
@RegistryIntegrationTest
@Import(ReviewApi.class)
@RecordApplicationEvents
class ReviewRoundsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    ReviewApi review;
    @Autowired
    ApplicationEvents events;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();
    private final Users first = ReviewApi.expert();
    private final Users second = ReviewApi.expert();

    @Test
    void twoRoundsAgainstTwoVersionsFromDisagreementThroughRevisionToApproval() throws Exception {
        review.profile(first, "RU-NVS");
        review.profile(second, "RU-TOM");
        var id = api.underReview(author, coordinator);

        var opened = review.rounds(id, coordinator);
        assertThat(JsonPath.<List<Object>>read(opened, "$")).hasSize(1);
        assertThat(JsonPath.<String>read(opened, "$[0].status")).isEqualTo("OPEN");
        assertThat(JsonPath.<Integer>read(opened, "$[0].practiceVersion")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(opened, "$[0].quorum")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(opened, "$[0].rubricVersion")).isPositive();

        // Round 1: one expert finds it excellent, the other weak on evidence.
        var firstInvitation = review.invite(id, first, coordinator);
        var secondInvitation = review.invite(id, second, coordinator);
        review.reviewed(firstInvitation, first, scores(5, 5), "APPROVE");
        assertThat(JsonPath.<String>read(review.rounds(id, coordinator), "$[0].status"))
                .as("one review of a quorum of two keeps the round open").isEqualTo("OPEN");
        review.reviewed(secondInvitation, second, scores(3, 2), "REVISE");

        var closed = review.rounds(id, coordinator);
        assertThat(JsonPath.<String>read(closed, "$[0].status")).isEqualTo("CLOSED");
        assertThat(JsonPath.<String>read(closed, "$[0].closedBecause")).isEqualTo("QUORUM");
        // 5.00 and (25×2 + 75×3) / 100 = 2.75; (500 + 275) / 200 = 3.875 → 3.88, half up
        assertThat(JsonPath.<Double>read(closed, "$[0].aggregate.score")).isEqualTo(3.88);
        assertThat(JsonPath.<List<Double>>read(closed, "$[0].reviews[*].weightedScore")).containsExactly(5.0, 2.75);
        assertThat(JsonPath.<Boolean>read(closed, "$[0].aggregate.disagreement")).isTrue();
        assertThat(JsonPath.<List<Integer>>read(closed, "$[0].aggregate.spreads[?(@.criterion == 'evidence')].spread"))
                .containsExactly(3);
        assertThat(JsonPath.<List<Boolean>>read(closed, "$[0].aggregate.spreads[?(@.criterion == 'evidence')].flagged"))
                .containsExactly(true);
        assertThat(JsonPath.<List<Boolean>>read(closed, "$[0].aggregate.spreads[?(@.criterion == 'equity')].flagged"))
                .containsExactly(true);
        assertThat(JsonPath.<List<String>>read(closed, "$[0].reviews[*].expert"))
                .as("the coordinator sees who wrote what").containsExactly(first.username(), second.username());

        review.decide(id, "request-revision", coordinator);
        api.revise(id, author, PracticeApi.draft(3));
        api.move(id, "submit", author);
        api.toReview(id, coordinator);

        // Round 2 reviews version 2 and invites the same experts again.
        var second2 = review.rounds(id, coordinator);
        assertThat(JsonPath.<List<Object>>read(second2, "$")).hasSize(2);
        assertThat(JsonPath.<Integer>read(second2, "$[1].number")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(second2, "$[1].practiceVersion")).isEqualTo(2);
        assertThat(JsonPath.<String>read(second2, "$[1].status")).isEqualTo("OPEN");
        assertThat(review.invitationsOfRound(id, 2))
                .containsExactlyInAnyOrderEntriesOf(Map.of(first.username(), "INVITED", second.username(), "INVITED"));

        for (var expert : List.of(first, second)) {
            var mine = mvc.perform(get("/api/v1/me/invitations").with(expert.token()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            var invitation = java.util.UUID.fromString(JsonPath.<List<String>>read(mine,
                    "$[?(@.round.number == 2)].id").getFirst());
            review.reviewed(invitation, expert, scores(4, 4), "APPROVE");
        }
        var done = review.rounds(id, coordinator);
        assertThat(JsonPath.<String>read(done, "$[1].closedBecause")).isEqualTo("QUORUM");
        assertThat(JsonPath.<Double>read(done, "$[1].aggregate.score")).isEqualTo(4.0);
        assertThat(JsonPath.<Boolean>read(done, "$[1].aggregate.disagreement")).isFalse();

        review.decide(id, "approve", coordinator);
        assertThat(api.row(id).status()).isEqualTo("APPROVED");

        assertThat(events.stream(ReviewEvent.RoundOpened.class).filter(e -> e.practiceId().equals(id))).hasSize(2);
        assertThat(events.stream(ReviewEvent.InvitationSent.class).filter(e -> e.practiceId().equals(id))).hasSize(4);
        assertThat(events.stream(ReviewEvent.InvitationAccepted.class).filter(e -> e.practiceId().equals(id))).hasSize(4);
        assertThat(events.stream(ReviewEvent.ReviewSubmitted.class).filter(e -> e.practiceId().equals(id))).hasSize(4);
        assertThat(events.stream(ReviewEvent.RoundClosed.class).filter(e -> e.practiceId().equals(id)))
                .extracting(ReviewEvent.RoundClosed::because).containsExactly(RoundClosure.QUORUM, RoundClosure.QUORUM);
    }

    @Test
    void aDecisionClosesTheOpenRoundAsDecided() throws Exception {
        var id = api.underReview(author, coordinator);
        review.decide(id, "reject", coordinator);
        var rounds = review.rounds(id, coordinator);
        assertThat(JsonPath.<String>read(rounds, "$[0].status")).isEqualTo("CLOSED");
        assertThat(JsonPath.<String>read(rounds, "$[0].closedBecause")).isEqualTo("DECIDED");
        assertThat(JsonPath.<Object>read(rounds, "$[0].aggregate")).isNull();
    }

    @Test
    void aWithdrawalClosesTheOpenRoundAsWithdrawnAndAnotherDecisionLaterChangesNothing() throws Exception {
        var id = api.underReview(author, coordinator);
        api.move(id, "withdraw", author);
        var rounds = review.rounds(id, coordinator);
        assertThat(JsonPath.<String>read(rounds, "$[0].closedBecause")).isEqualTo("WITHDRAWN");
        api.move(id, "submit", author);
        api.toReview(id, coordinator);
        var again = review.rounds(id, coordinator);
        assertThat(JsonPath.<List<String>>read(again, "$[*].status")).containsExactly("CLOSED", "OPEN");
        assertThat(JsonPath.<List<Integer>>read(again, "$[*].practiceVersion")).containsExactly(1, 2);
        assertThat(review.invitationsOfRound(id, 2)).as("nobody accepted round 1").isEmpty();
    }
}
