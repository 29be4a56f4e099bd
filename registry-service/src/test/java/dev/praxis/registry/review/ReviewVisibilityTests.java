package dev.praxis.registry.review;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.PracticeDraft;
import dev.praxis.registry.practice.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.praxis.registry.review.ReviewVisibility.Role.AUTHOR;
import static dev.praxis.registry.review.ReviewVisibility.Role.COORDINATOR;
import static dev.praxis.registry.review.ReviewVisibility.Role.EXPERT;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewVisibilityTests {

    private static final Actor AUTHOR_ACTOR = new Actor("author", "Анна Авторова", Set.of(Actor.AUTHOR));
    private static final Actor COORDINATOR_ACTOR = new Actor("coordinator", "Игорь", Set.of(Actor.COORDINATOR));
    private static final Actor EXPERT_ACTOR = new Actor("expert", "Елена", Set.of(Actor.EXPERT));
    private static final Actor OTHER_EXPERT = new Actor("expert2", "Михаил", Set.of(Actor.EXPERT));
    private static final Actor OFFICIAL = new Actor("official", "Мария", Set.of(Actor.REGION_OFFICIAL));

    private static Practice underReview() {
        var draft = new PracticeDraft("Центр поддержки", null, "RU-KGD", null, "business-support", null, null, null,
                null, "Проблема", "Решение", List.of(new Step("Шаг 1", null, null, 10)), null);
        var practice = Practice.draft(draft, AUTHOR_ACTOR);
        practice.submit(AUTHOR_ACTOR);
        practice.startScreening(COORDINATOR_ACTOR);
        practice.startReview(COORDINATOR_ACTOR, null);
        return practice;
    }

    private static ReviewRound round(Practice practice) {
        return ReviewRound.open(practice.getId(), 1, 1, 1, 2, LocalDate.now().plusDays(14), Instant.now());
    }

    @Test
    void coordinatorsTheAuthorAndInvitedExpertsSeeReviewsNobodyElse() {
        var practice = underReview();
        var round = round(practice);
        var invitation = Invitation.send(round, "expert", LocalDate.now().plusDays(3), "coordinator", Instant.now());
        assertThat(ReviewVisibility.roleOf(COORDINATOR_ACTOR, practice, List.of())).contains(COORDINATOR);
        assertThat(ReviewVisibility.roleOf(AUTHOR_ACTOR, practice, List.of())).contains(AUTHOR);
        assertThat(ReviewVisibility.roleOf(EXPERT_ACTOR, practice, List.of(invitation))).contains(EXPERT);
        assertThat(ReviewVisibility.roleOf(OTHER_EXPERT, practice, List.of())).isEmpty();
        assertThat(ReviewVisibility.roleOf(OFFICIAL, practice, List.of())).isEmpty();
        invitation.decline("Нет времени", Instant.now());
        assertThat(ReviewVisibility.roleOf(EXPERT_ACTOR, practice, List.of(invitation)))
                .as("a declined invitation assigns nobody").isEmpty();
    }

    @Test
    void openRoundsAreTheCoordinatorsAndTheInvitedExpertsOwnReviewOnly() {
        var practice = underReview();
        var round = round(practice);
        var invitation = Invitation.send(round, "expert", LocalDate.now().plusDays(3), "coordinator", Instant.now());
        assertThat(ReviewVisibility.seesRound(COORDINATOR, round, Optional.empty())).isTrue();
        assertThat(ReviewVisibility.seesRound(AUTHOR, round, Optional.empty())).isFalse();
        assertThat(ReviewVisibility.seesRound(EXPERT, round, Optional.of(invitation))).isTrue();
        assertThat(ReviewVisibility.seesRound(EXPERT, round, Optional.empty())).isFalse();
        assertThat(ReviewVisibility.seesOthersReviews(EXPERT, round)).isFalse();
        assertThat(ReviewVisibility.seesOthersReviews(COORDINATOR, round)).isTrue();
        assertThat(ReviewVisibility.seesAggregate(AUTHOR, round)).isFalse();

        round.close(RoundClosure.QUORUM, Instant.now());
        assertThat(ReviewVisibility.seesRound(AUTHOR, round, Optional.empty())).isTrue();
        assertThat(ReviewVisibility.seesOthersReviews(EXPERT, round)).isTrue();
        assertThat(ReviewVisibility.seesOthersReviews(AUTHOR, round)).isTrue();
        assertThat(ReviewVisibility.seesAggregate(AUTHOR, round)).isTrue();
    }

    @Test
    void onlyCoordinatorsSeeWhoWroteWhat() {
        assertThat(ReviewVisibility.seesIdentities(COORDINATOR)).isTrue();
        assertThat(ReviewVisibility.seesIdentities(AUTHOR)).isFalse();
        assertThat(ReviewVisibility.seesIdentities(EXPERT)).isFalse();
    }
}
