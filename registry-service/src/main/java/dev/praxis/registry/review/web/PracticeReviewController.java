package dev.praxis.registry.review.web;

import dev.praxis.registry.expert.Conflict;
import dev.praxis.registry.practice.web.IfMatch;
import dev.praxis.registry.review.Criterion;
import dev.praxis.registry.review.ExpertCandidates;
import dev.praxis.registry.review.InvitationStatus;
import dev.praxis.registry.review.Recommendation;
import dev.praxis.registry.review.ReviewRoundsView;
import dev.praxis.registry.review.ReviewService;
import dev.praxis.registry.review.RoundClosure;
import dev.praxis.registry.review.RoundStatus;
import dev.praxis.registry.review.RoundView;
import dev.praxis.registry.review.RubricScore;
import dev.praxis.registry.review.web.InvitationResponses.InvitationResponse;
import dev.praxis.registry.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The review of one practice: a coordinator invites experts and sees who is left out; the rounds
 * answer everybody who may see them, each as {@link dev.praxis.registry.review.ReviewVisibility} allows.
 */
@RestController
@RequestMapping("/api/v1/practices/{id}/review")
class PracticeReviewController {

    private final ReviewService review;
    private final ReviewRoundsView rounds;
    private final ExpertCandidates candidates;
    private final CurrentActor actor;

    PracticeReviewController(ReviewService review, ReviewRoundsView rounds, ExpertCandidates candidates,
                             CurrentActor actor) {
        this.review = review;
        this.rounds = rounds;
        this.candidates = candidates;
        this.actor = actor;
    }

    @PostMapping("/invitations")
    ResponseEntity<InvitationResponse> invite(@PathVariable UUID id, @Valid @RequestBody InvitationRequest body) {
        var view = review.invite(id, body.expert().strip(), body.dueDate(), actor.get());
        return ResponseEntity.status(201).eTag(IfMatch.etag(view.invitation().getVersion()))
                .body(InvitationResponses.invitation(view));
    }

    @GetMapping("/conflicts")
    List<LeftOutResponse> conflicts(@PathVariable UUID id) {
        return candidates.leftOut(id, actor.get()).stream()
                .map(leftOut -> new LeftOutResponse(leftOut.expert().getUsername(), leftOut.expert().getDisplayName(),
                        leftOut.conflicts()))
                .toList();
    }

    @GetMapping("/rounds")
    List<RoundResponse> rounds(@PathVariable UUID id) {
        return rounds.of(id, actor.get()).stream().map(RoundResponse::of).toList();
    }

    record InvitationRequest(@NotBlank @Size(max = 100) String expert, LocalDate dueDate) {
    }

    record LeftOutResponse(String expert, String displayName, List<Conflict> conflicts) {
    }

    /** Invitations are listed for coordinators only; reviews name their expert for coordinators only. */
    record RoundResponse(int number, int practiceVersion, int rubricVersion, RoundStatus status,
                         RoundClosure closedBecause, int quorum, LocalDate dueDate, Instant openedAt, Instant closedAt,
                         List<Criterion> criteria, List<InvitationLine> invitations, List<ReviewLine> reviews,
                         Aggregate aggregate) {

        static RoundResponse of(RoundView view) {
            var round = view.round();
            return new RoundResponse(round.getNumber(), round.getPracticeVersion(), round.getRubricVersion(),
                    round.getStatus(), round.getClosedBecause(), round.getQuorum(), round.getDueDate(),
                    round.getOpenedAt(), round.getClosedAt(), view.criteria(),
                    view.invitations().stream().map(line -> new InvitationLine(line.id(), line.expert(),
                            line.expertName(), line.status(), line.dueDate(), line.declineReason())).toList(),
                    view.reviews().stream().map(ReviewLine::of).toList(),
                    view.aggregate() == null ? null : Aggregate.of(view.aggregate()));
        }
    }

    record InvitationLine(UUID id, String expert, String expertName, InvitationStatus status, LocalDate dueDate,
                          String declineReason) {
    }

    record ReviewLine(String reviewer, String expert, String expertName, boolean mine, Recommendation recommendation,
                      String comment, BigDecimal weightedScore, List<ScoreLine> scores, Instant submittedAt) {

        static ReviewLine of(RoundView.ReviewLine line) {
            return new ReviewLine(line.reviewer(), line.expert(), line.expertName(), line.mine(), line.recommendation(),
                    line.comment(), line.weightedScore(),
                    line.scores().stream().map(score -> new ScoreLine(score.criterion(), score.score(), score.comment()))
                            .toList(),
                    line.submittedAt());
        }
    }

    record ScoreLine(String criterion, int score, String comment) {
    }

    record Aggregate(BigDecimal score, int reviews, boolean disagreement, List<SpreadLine> spreads) {

        static Aggregate of(RoundView.Aggregate aggregate) {
            return new Aggregate(aggregate.score(), aggregate.reviews(), aggregate.disagreement(),
                    aggregate.spreads().stream().map(SpreadLine::of).toList());
        }
    }

    record SpreadLine(String criterion, int min, int max, int spread, boolean flagged) {

        static SpreadLine of(RubricScore.Spread spread) {
            return new SpreadLine(spread.criterion(), spread.min(), spread.max(), spread.spread(), spread.flagged());
        }
    }
}
