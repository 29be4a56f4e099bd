package dev.praxis.registry.review.web;

import dev.praxis.registry.review.InvitationAction;
import dev.praxis.registry.review.InvitationStatus;
import dev.praxis.registry.review.InvitationView;
import dev.praxis.registry.review.Recommendation;
import dev.praxis.registry.review.RoundStatus;
import dev.praxis.registry.review.Score;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the invited expert reads about their invitation and their review; both carry the invitation's ETag. */
final class InvitationResponses {

    private InvitationResponses() {
    }

    record RoundSummary(int number, int practiceVersion, int rubricVersion, RoundStatus status, LocalDate dueDate) {
    }

    record InvitationResponse(UUID id, UUID practiceId, String practiceTitle, RoundSummary round,
                              InvitationStatus status, LocalDate dueDate, Instant invitedAt, Instant answeredAt,
                              String declineReason, long version, List<String> actions) {
    }

    record ScoreBody(int score, String comment) {
    }

    record ReviewResponse(UUID invitationId, InvitationStatus status, int rubricVersion, Map<String, ScoreBody> scores,
                          Recommendation recommendation, String comment, Instant updatedAt, Instant submittedAt,
                          long version, List<String> actions) {
    }

    static InvitationResponse invitation(InvitationView view) {
        var invitation = view.invitation();
        var round = view.round();
        return new InvitationResponse(invitation.getId(), invitation.getPracticeId(), view.practiceTitle(),
                new RoundSummary(round.getNumber(), round.getPracticeVersion(), round.getRubricVersion(),
                        round.getStatus(), round.getDueDate()),
                invitation.getStatus(), invitation.getDueDate(), invitation.getInvitedAt(), invitation.getAnsweredAt(),
                invitation.getDeclineReason(), invitation.getVersion(), actions(view));
    }

    static ReviewResponse review(InvitationView view) {
        var invitation = view.invitation();
        var scores = new LinkedHashMap<String, ScoreBody>();
        for (Score score : invitation.getScores()) {
            scores.put(score.criterion(), new ScoreBody(score.score(), score.comment()));
        }
        return new ReviewResponse(invitation.getId(), invitation.getStatus(), view.round().getRubricVersion(), scores,
                invitation.getRecommendation(), invitation.getReviewComment(), invitation.getReviewUpdatedAt(),
                invitation.getReviewSubmittedAt(), invitation.getVersion(), actions(view));
    }

    private static List<String> actions(InvitationView view) {
        return view.actions().stream().map(InvitationAction::apiName).toList();
    }
}
