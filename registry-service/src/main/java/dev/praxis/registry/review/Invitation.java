package dev.praxis.registry.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.praxis.registry.review.InvitationAction.ACCEPT;
import static dev.praxis.registry.review.InvitationAction.DECLINE;
import static dev.praxis.registry.review.InvitationAction.EXPIRE;
import static dev.praxis.registry.review.InvitationAction.SAVE_REVIEW;
import static dev.praxis.registry.review.InvitationAction.SUBMIT_REVIEW;

/**
 * An expert's invitation to a round and the review they write on it. It owns its status: every
 * change asks {@link InvitationStatus} whether it is allowed, bumps the version (the review's
 * ETag) and records a {@link ReviewEvent}. A submitted review never changes again.
 */
@Entity
@Table(name = "review_invitations")
public class Invitation extends AbstractAggregateRoot<Invitation> implements Persistable<UUID> {

    @Id
    private UUID id;
    private UUID roundId;
    private UUID practiceId;
    private String expertUsername;
    @Enumerated(EnumType.STRING)
    private InvitationStatus status;
    private LocalDate dueDate;
    private String invitedBy;
    private Instant invitedAt;
    private Instant answeredAt;
    private String declineReason;
    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;
    private String reviewComment;
    private Instant reviewUpdatedAt;
    private Instant reviewSubmittedAt;
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "review_scores", joinColumns = @JoinColumn(name = "invitation_id"))
    private List<Score> scores = new ArrayList<>();

    @Transient
    private boolean isNew;

    protected Invitation() {
    }

    static Invitation send(ReviewRound round, String expert, LocalDate dueDate, String invitedBy, Instant now) {
        var invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.isNew = true;
        invitation.roundId = round.getId();
        invitation.practiceId = round.getPracticeId();
        invitation.expertUsername = expert;
        invitation.status = InvitationStatus.INVITED;
        invitation.dueDate = dueDate;
        invitation.invitedBy = invitedBy;
        invitation.invitedAt = now;
        invitation.version = 1;
        invitation.registerEvent(new ReviewEvent.InvitationSent(invitation.id, invitation.roundId,
                invitation.practiceId, expert, invitedBy, dueDate, now));
        return invitation;
    }

    /** The expert takes the review on, declaring that they have no conflict of interest. */
    void accept(boolean noConflict, Instant now) {
        var next = status.after(ACCEPT);
        if (!noConflict) {
            throw new ReviewInputRefused("noConflict", "AssertTrue",
                    "must be true: accepting declares that you have no conflict of interest with the practice");
        }
        status = next;
        answeredAt = now;
        changed();
        registerEvent(new ReviewEvent.InvitationAccepted(id, roundId, practiceId, expertUsername, now));
    }

    void decline(String reason, Instant now) {
        var next = status.after(DECLINE);
        if (reason == null || reason.isBlank()) {
            throw new ReviewInputRefused("reason", "Required", "must say why you decline");
        }
        status = next;
        answeredAt = now;
        declineReason = reason.strip();
        changed();
        registerEvent(new ReviewEvent.InvitationDeclined(id, roundId, practiceId, expertUsername, declineReason, now));
    }

    /** The due date passed without an answer; the deadline job calls this, never a person. */
    void expire(Instant now) {
        status = status.after(EXPIRE);
        changed();
        registerEvent(new ReviewEvent.InvitationExpired(id, roundId, practiceId, expertUsername, now));
    }

    /**
     * Replaces the draft review. Scores may be missing while it is a draft; each one given must be
     * of a criterion of {@code rubric} and from 1 to 5.
     */
    void saveReview(ReviewDraft draft, Rubric rubric, Instant now) {
        var next = status.after(SAVE_REVIEW);
        for (var score : draft.scores()) {
            if (rubric.criterion(score.criterion()).isEmpty()) {
                throw new ReviewInputRefused("scores[%s]".formatted(score.criterion()), "KnownCriterion",
                        "is not a criterion of rubric version %d".formatted(rubric.getVersion()));
            }
            if (score.score() < Score.LOWEST || score.score() > Score.HIGHEST) {
                throw new ReviewInputRefused("scores[%s].score".formatted(score.criterion()), "Range",
                        "must be between %d and %d".formatted(Score.LOWEST, Score.HIGHEST));
            }
        }
        status = next;
        scores.clear();
        draft.scores().stream().sorted(Comparator.comparing(Score::criterion)).forEach(scores::add);
        recommendation = draft.recommendation();
        reviewComment = draft.comment() == null || draft.comment().isBlank() ? null : draft.comment().strip();
        reviewUpdatedAt = now;
        changed();
    }

    /**
     * Submits the review as saved: every criterion of {@code rubric} scored, a comment on each
     * score of 2 or below, a recommendation. After this the review never changes.
     */
    void submitReview(Rubric rubric, Instant now) {
        var next = status.after(SUBMIT_REVIEW);
        for (var criterion : rubric.getCriteria()) {
            var score = score(criterion.code());
            if (score.isEmpty()) {
                throw new ReviewInputRefused("scores[%s].score".formatted(criterion.code()), "Required",
                        "must be given before the review is submitted");
            }
            if (score.get().needsComment()) {
                throw new ReviewInputRefused("scores[%s].comment".formatted(criterion.code()), "Required",
                        "must say why: a score of %d or below needs a comment".formatted(Score.NEEDS_COMMENT_AT_OR_BELOW));
            }
        }
        if (recommendation == null) {
            throw new ReviewInputRefused("recommendation", "Required", "must be given before the review is submitted");
        }
        status = next;
        reviewSubmittedAt = now;
        changed();
        registerEvent(new ReviewEvent.ReviewSubmitted(id, roundId, practiceId, expertUsername, recommendation, now));
    }

    /** @throws ReviewChangedMeanwhile when the caller's copy is older than the stored one */
    void checkVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new ReviewChangedMeanwhile(expected, version);
        }
    }

    private void changed() {
        version++;
    }

    Optional<Score> score(String criterion) {
        return scores.stream().filter(score -> score.criterion().equals(criterion)).findFirst();
    }

    public boolean isInvited(String username) {
        return expertUsername.equals(username);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public UUID getRoundId() {
        return roundId;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public String getExpertUsername() {
        return expertUsername;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getReviewUpdatedAt() {
        return reviewUpdatedAt;
    }

    public Instant getReviewSubmittedAt() {
        return reviewSubmittedAt;
    }

    public List<Score> getScores() {
        return List.copyOf(scores);
    }

    public long getVersion() {
        return version;
    }
}
