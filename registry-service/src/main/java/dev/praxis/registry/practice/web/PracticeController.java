package dev.praxis.registry.practice.web;

import dev.praxis.registry.common.web.PageNumber;
import dev.praxis.registry.common.web.PageResponse;
import dev.praxis.registry.practice.ExpectedVersion;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.PracticeService;
import dev.praxis.registry.practice.PracticeStatus;
import dev.praxis.registry.practice.web.DecisionRequests.Decision;
import dev.praxis.registry.practice.web.DecisionRequests.Recommendation;
import dev.praxis.registry.practice.web.PracticeResponses.PracticeResponse;
import dev.praxis.registry.practice.web.PracticeResponses.PracticeSummary;
import dev.praxis.registry.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

import static dev.praxis.registry.practice.web.DecisionRequests.Decision.commentOf;

/**
 * Roles are enforced by the security configuration; ownership, status and visibility by the
 * practice feature. Every answer with a practice carries its ETag; every change needs
 * {@code If-Match} with it (docs/lifecycle.md, "Concurrent changes"), which reaches a handler as its
 * {@link ExpectedVersion} parameter ({@link IfMatchArguments}).
 */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeController {

    private final PracticeService practices;
    private final PracticeWebMapper mapper;
    private final CurrentActor actor;

    PracticeController(PracticeService practices, PracticeWebMapper mapper, CurrentActor actor) {
        this.practices = practices;
        this.mapper = mapper;
        this.actor = actor;
    }

    @PostMapping
    ResponseEntity<PracticeResponse> create(@Valid @RequestBody PracticeDraftRequest body) {
        var practice = practices.create(body.toDraft(), actor.get());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(practice.getId()).toUri();
        return ResponseEntity.created(location).eTag(IfMatch.etag(practice.getVersion())).body(answer(practice));
    }

    @PutMapping("/{id}")
    ResponseEntity<PracticeResponse> revise(@PathVariable UUID id,
                                            @Valid @RequestBody PracticeDraftRequest body, ExpectedVersion expected) {
        return ok(practices.revise(id, expected, body.toDraft(), actor.get()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, ExpectedVersion expected) {
        practices.delete(id, expected, actor.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<PracticeResponse> submit(@PathVariable UUID id, ExpectedVersion expected) {
        return ok(practices.submit(id, expected, actor.get()));
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<PracticeResponse> withdraw(@PathVariable UUID id,
                                              @Valid @RequestBody(required = false) Decision body,
                                              ExpectedVersion expected) {
        return ok(practices.withdraw(id, expected, commentOf(body), actor.get()));
    }

    @PostMapping("/{id}/start-screening")
    ResponseEntity<PracticeResponse> startScreening(@PathVariable UUID id, ExpectedVersion expected) {
        return ok(practices.startScreening(id, expected, actor.get()));
    }

    @PostMapping("/{id}/start-review")
    ResponseEntity<PracticeResponse> startReview(@PathVariable UUID id,
                                                 @Valid @RequestBody(required = false) Decision body,
                                                 ExpectedVersion expected) {
        return ok(practices.startReview(id, expected, commentOf(body), actor.get()));
    }

    @PostMapping("/{id}/request-revision")
    ResponseEntity<PracticeResponse> requestRevision(@PathVariable UUID id,
                                                     @Valid @RequestBody(required = false) Decision body,
                                                     ExpectedVersion expected) {
        return ok(practices.requestRevision(id, expected, commentOf(body), actor.get()));
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<PracticeResponse> approve(@PathVariable UUID id,
                                             @Valid @RequestBody(required = false) Decision body,
                                             ExpectedVersion expected) {
        return ok(practices.approve(id, expected, commentOf(body), actor.get()));
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<PracticeResponse> reject(@PathVariable UUID id,
                                            @Valid @RequestBody(required = false) Decision body,
                                            ExpectedVersion expected) {
        return ok(practices.reject(id, expected, commentOf(body), actor.get()));
    }

    @PostMapping("/{id}/recommend")
    ResponseEntity<PracticeResponse> recommend(@PathVariable UUID id,
                                               @Valid @RequestBody Recommendation body, ExpectedVersion expected) {
        return ok(practices.recommend(id, expected, body.year(), body.comment(), actor.get()));
    }

    @PostMapping("/{id}/archive")
    ResponseEntity<PracticeResponse> archive(@PathVariable UUID id,
                                             @Valid @RequestBody(required = false) Decision body,
                                             ExpectedVersion expected) {
        return ok(practices.archive(id, expected, commentOf(body), actor.get()));
    }

    @GetMapping("/{id}")
    ResponseEntity<PracticeResponse> find(@PathVariable UUID id) {
        return ok(practices.find(id, actor.get()));
    }

    @GetMapping("/mine")
    PageResponse<PracticeSummary> mine(@RequestParam(defaultValue = "") List<PracticeStatus> status,
                                       @RequestParam(required = false) @Size(max = 200) String q,
                                       @RequestParam(defaultValue = "0") @PageNumber int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var viewer = actor.get();
        return PageResponse.of(practices.writtenBy(viewer, status, q, page, size),
                practice -> mapper.toSummary(practice, viewer));
    }

    @GetMapping
    PageResponse<PracticeSummary> inStatus(@RequestParam(defaultValue = "SUBMITTED") List<PracticeStatus> status,
                                           @RequestParam(defaultValue = "0") @PageNumber int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var viewer = actor.get();
        return PageResponse.of(practices.inStatuses(status, viewer, page, size),
                practice -> mapper.toSummary(practice, viewer));
    }

    private ResponseEntity<PracticeResponse> ok(Practice practice) {
        return ResponseEntity.ok().eTag(IfMatch.etag(practice.getVersion())).body(answer(practice));
    }

    /** The public sees the author organisation and team; contacts are for signed-in users. */
    private PracticeResponse answer(Practice practice) {
        var viewer = actor.get();
        return viewer.isAnonymous() ? mapper.toPublicResponse(practice, viewer) : mapper.toResponse(practice, viewer);
    }
}
