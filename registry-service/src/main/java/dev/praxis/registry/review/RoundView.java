package dev.praxis.registry.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A round as one viewer may see it ({@link ReviewVisibility}): identities are present only for
 * coordinators; for everybody else a review is "Expert n", numbered by the order of submission.
 */
public record RoundView(ReviewRound round, List<Criterion> criteria, List<InvitationLine> invitations,
                        List<ReviewLine> reviews, Aggregate aggregate) {

    /** An invitation, for coordinators only. */
    public record InvitationLine(java.util.UUID id, String expert, String expertName, InvitationStatus status,
                                 java.time.LocalDate dueDate, String declineReason) {
    }

    /**
     * A submitted review. {@code expert} and {@code expertName} are null unless the viewer is a
     * coordinator; {@code mine} tells an expert which review is theirs.
     */
    public record ReviewLine(String reviewer, String expert, String expertName, boolean mine,
                             Recommendation recommendation, String comment, BigDecimal weightedScore,
                             List<Score> scores, Instant submittedAt) {
    }

    /** The weighted aggregate over the submitted reviews, and each criterion's spread. */
    public record Aggregate(BigDecimal score, int reviews, boolean disagreement, List<RubricScore.Spread> spreads) {
    }
}
