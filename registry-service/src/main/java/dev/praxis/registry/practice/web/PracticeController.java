package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.PracticeService;
import dev.praxis.registry.practice.PracticeStatus;
import dev.praxis.registry.practice.web.PracticeResponses.HistoryEntry;
import dev.praxis.registry.practice.web.PracticeResponses.PracticeResponse;
import dev.praxis.registry.practice.web.PracticeResponses.PracticeSummary;
import dev.praxis.registry.security.CurrentActor;
import dev.praxis.registry.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
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

/** Roles are enforced by the security configuration; ownership and status by the practice itself. */
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
        return ResponseEntity.created(location).body(mapper.toResponse(practice));
    }

    @PutMapping("/{id}")
    PracticeResponse revise(@PathVariable UUID id, @Valid @RequestBody PracticeDraftRequest body) {
        return mapper.toResponse(practices.revise(id, body.toDraft(), actor.get()));
    }

    @PostMapping("/{id}/submit")
    PracticeResponse submit(@PathVariable UUID id) {
        return mapper.toResponse(practices.submit(id, actor.get()));
    }

    @PostMapping("/{id}/approve")
    PracticeResponse approve(@PathVariable UUID id,
                             @Valid @RequestBody(required = false) DecisionRequests.Approval body) {
        var comment = body == null ? null : body.comment();
        return mapper.toResponse(practices.approve(id, comment, actor.get()));
    }

    @PostMapping("/{id}/reject")
    PracticeResponse reject(@PathVariable UUID id, @Valid @RequestBody DecisionRequests.Rejection body) {
        return mapper.toResponse(practices.reject(id, body.comment(), actor.get()));
    }

    @PostMapping("/{id}/archive")
    PracticeResponse archive(@PathVariable UUID id, @Valid @RequestBody DecisionRequests.Archival body) {
        return mapper.toResponse(practices.archive(id, body.comment(), actor.get()));
    }

    @GetMapping("/{id}")
    PracticeResponse find(@PathVariable UUID id) {
        var viewer = actor.get();
        var practice = practices.find(id, viewer);
        // The public sees the author organisation and team; contacts are for signed-in users.
        return viewer.isAnonymous() ? mapper.toPublicResponse(practice) : mapper.toResponse(practice);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return practices.history(id, actor.get()).stream().map(mapper::toHistoryEntry).toList();
    }

    @GetMapping("/mine")
    PageResponse<PracticeSummary> mine(@RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(practices.writtenBy(actor.get(), page, size), mapper::toSummary);
    }

    @GetMapping
    PageResponse<PracticeSummary> inStatus(@RequestParam(defaultValue = "SUBMITTED") PracticeStatus status,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(practices.inStatus(status, actor.get(), page, size), mapper::toSummary);
    }
}
