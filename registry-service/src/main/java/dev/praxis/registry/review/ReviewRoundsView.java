package dev.praxis.registry.review;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.expert.ExpertProfile;
import dev.praxis.registry.expert.ExpertService;
import dev.praxis.registry.practice.PracticeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The rounds of a practice against the versions they reviewed, as the viewer may see them ({@link ReviewVisibility}). */
@Service
@Transactional(readOnly = true)
public class ReviewRoundsView {

    private final ReviewRounds rounds;
    private final Invitations invitations;
    private final RubricService rubrics;
    private final PracticeService practices;
    private final ExpertService experts;

    ReviewRoundsView(ReviewRounds rounds, Invitations invitations, RubricService rubrics, PracticeService practices,
                     ExpertService experts) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.rubrics = rubrics;
        this.practices = practices;
        this.experts = experts;
    }

    /** @throws ReviewsNotVisible when the viewer may see no review of the practice (as if it did not exist) */
    public List<RoundView> of(UUID practiceId, Actor viewer) {
        var practice = practices.current(practiceId);
        var all = invitations.findByPracticeId(practiceId);
        var viewers = all.stream().filter(invitation -> invitation.isInvited(viewer.username())).toList();
        var role = ReviewVisibility.roleOf(viewer, practice, viewers)
                .orElseThrow(() -> new ReviewsNotVisible(practiceId));
        var views = new ArrayList<RoundView>();
        for (var round : rounds.findByPracticeIdOrderByNumber(practiceId)) {
            var own = viewers.stream().filter(invitation -> invitation.getRoundId().equals(round.getId())).findFirst();
            if (!ReviewVisibility.seesRound(role, round, own)) {
                continue;
            }
            var ofRound = all.stream().filter(invitation -> invitation.getRoundId().equals(round.getId()))
                    .sorted(Comparator.comparing(Invitation::getInvitedAt).thenComparing(Invitation::getId)).toList();
            views.add(view(round, ofRound, role, viewer));
        }
        return views;
    }

    private RoundView view(ReviewRound round, List<Invitation> ofRound, ReviewVisibility.Role role, Actor viewer) {
        var rubric = rubrics.version(round.getRubricVersion());
        var submitted = ofRound.stream().filter(invitation -> invitation.getStatus() == InvitationStatus.SUBMITTED)
                .sorted(Comparator.comparing(Invitation::getReviewSubmittedAt).thenComparing(Invitation::getId))
                .toList();
        var identities = ReviewVisibility.seesIdentities(role);
        var score = score(rubric, submitted);
        var weighted = score == null ? List.<java.math.BigDecimal>of() : score.reviewScores();
        var reviews = new ArrayList<RoundView.ReviewLine>();
        for (int i = 0; i < submitted.size(); i++) {
            var review = submitted.get(i);
            boolean mine = review.isInvited(viewer.username());
            if (!mine && !ReviewVisibility.seesOthersReviews(role, round)) {
                continue;
            }
            reviews.add(new RoundView.ReviewLine("Expert " + (i + 1),
                    identities ? review.getExpertUsername() : null, identities ? expertName(review) : null, mine,
                    review.getRecommendation(), review.getReviewComment(), weighted.get(i), review.getScores(),
                    review.getReviewSubmittedAt()));
        }
        var invitationLines = identities ? ofRound.stream()
                .map(invitation -> new RoundView.InvitationLine(invitation.getId(), invitation.getExpertUsername(),
                        expertName(invitation), invitation.getStatus(), invitation.getDueDate(),
                        invitation.getDeclineReason()))
                .toList() : List.<RoundView.InvitationLine>of();
        var aggregate = score != null && ReviewVisibility.seesAggregate(role, round)
                ? new RoundView.Aggregate(score.aggregate(), submitted.size(), score.disagreement(), score.spreads())
                : null;
        return new RoundView(round, rubric.getCriteria(), invitationLines, reviews, aggregate);
    }

    /** For coordinators only: the name from the expert's profile. */
    private String expertName(Invitation invitation) {
        return experts.findIfAny(invitation.getExpertUsername()).map(ExpertProfile::getDisplayName).orElse(null);
    }

    private static RubricScore score(Rubric rubric, List<Invitation> submitted) {
        if (submitted.isEmpty()) {
            return null;
        }
        Map<String, Integer> weights = rubric.getCriteria().stream()
                .collect(Collectors.toMap(Criterion::code, Criterion::weight, (a, b) -> a, LinkedHashMap::new));
        var reviews = submitted.stream()
                .map(review -> review.getScores().stream().collect(Collectors.toMap(Score::criterion, Score::score)))
                .toList();
        return new RubricScore(weights, reviews);
    }
}
