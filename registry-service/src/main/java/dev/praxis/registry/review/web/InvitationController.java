package dev.praxis.registry.review.web;

import dev.praxis.registry.practice.web.IfMatch;
import dev.praxis.registry.review.InvitationView;
import dev.praxis.registry.review.Recommendation;
import dev.praxis.registry.review.ReviewDraft;
import dev.praxis.registry.review.ReviewService;
import dev.praxis.registry.review.Score;
import dev.praxis.registry.review.web.InvitationResponses.InvitationResponse;
import dev.praxis.registry.review.web.InvitationResponses.ReviewResponse;
import dev.praxis.registry.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The invited expert's side (role expert, the security configuration): their invitations, the
 * answer, the review. Someone else's invitation does not exist for the caller (404). The review is
 * saved and submitted with {@code If-Match}, like a practice.
 */
@RestController
class InvitationController {

    private final ReviewService review;
    private final CurrentActor actor;

    InvitationController(ReviewService review, CurrentActor actor) {
        this.review = review;
        this.actor = actor;
    }

    @GetMapping("/api/v1/me/invitations")
    List<InvitationResponse> mine() {
        return review.mine(actor.get()).stream().map(InvitationResponses::invitation).toList();
    }

    @PostMapping("/api/v1/invitations/{id}/accept")
    ResponseEntity<InvitationResponse> accept(@PathVariable UUID id, @Valid @RequestBody Acceptance body) {
        return invitation(review.accept(id, body.noConflict(), actor.get()));
    }

    @PostMapping("/api/v1/invitations/{id}/decline")
    ResponseEntity<InvitationResponse> decline(@PathVariable UUID id, @Valid @RequestBody(required = false) Refusal body) {
        return invitation(review.decline(id, body == null ? null : body.reason(), actor.get()));
    }

    @GetMapping("/api/v1/invitations/{id}/review")
    ResponseEntity<ReviewResponse> findReview(@PathVariable UUID id) {
        return review(review.own(id, actor.get()));
    }

    @PutMapping("/api/v1/invitations/{id}/review")
    ResponseEntity<ReviewResponse> saveReview(@PathVariable UUID id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ReviewBody body) {
        var expected = IfMatch.parse(ifMatch).version();
        return review(review.saveReview(id, expected, body.toDraft(), actor.get()));
    }

    @PostMapping("/api/v1/invitations/{id}/review/submit")
    ResponseEntity<ReviewResponse> submitReview(@PathVariable UUID id,
                                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        var expected = IfMatch.parse(ifMatch).version();
        return review(review.submitReview(id, expected, actor.get()));
    }

    private static ResponseEntity<InvitationResponse> invitation(InvitationView view) {
        return ResponseEntity.ok().eTag(IfMatch.etag(view.invitation().getVersion()))
                .body(InvitationResponses.invitation(view));
    }

    private static ResponseEntity<ReviewResponse> review(InvitationView view) {
        return ResponseEntity.ok().eTag(IfMatch.etag(view.invitation().getVersion()))
                .body(InvitationResponses.review(view));
    }

    /** Accepting declares no conflict of interest: {@code noConflict} must be true. */
    record Acceptance(@NotNull Boolean noConflict) {
    }

    record Refusal(@Size(max = 2000) String reason) {
    }

    /** A draft review: scores by criterion code (some may be missing until it is submitted). */
    record ReviewBody(@Size(max = 20) Map<@Size(max = 50) String, @Valid @NotNull ScoreBody> scores,
                      Recommendation recommendation,
                      @Size(max = 4000) String comment) {

        ReviewDraft toDraft() {
            var given = scores == null ? List.<Score>of() : scores.entrySet().stream()
                    .map(entry -> new Score(entry.getKey(), entry.getValue().score(), blankToNull(entry.getValue().comment())))
                    .toList();
            return new ReviewDraft(given, recommendation, comment);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    record ScoreBody(@NotNull @Min(Score.LOWEST) @Max(Score.HIGHEST) Integer score, @Size(max = 4000) String comment) {
    }
}
