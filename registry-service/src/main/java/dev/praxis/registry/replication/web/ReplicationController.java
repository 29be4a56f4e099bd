package dev.praxis.registry.replication.web;

import dev.praxis.registry.common.web.PageNumber;
import dev.praxis.registry.common.web.PageResponse;
import dev.praxis.registry.replication.ReplicationService;
import dev.praxis.registry.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/replications")
class ReplicationController {

    private final ReplicationService replications;
    private final ReplicationWebMapper mapper;
    private final CurrentActor actor;

    ReplicationController(ReplicationService replications, ReplicationWebMapper mapper, CurrentActor actor) {
        this.replications = replications;
        this.mapper = mapper;
        this.actor = actor;
    }

    @PostMapping
    ResponseEntity<ReplicationResponse> request(@Valid @RequestBody ReplicationBody body) {
        var replication = replications.request(body.toRequest(), actor.get());
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(replication.getId()).toUri();
        return ResponseEntity.created(location).body(mapper.toResponse(replication));
    }

    @GetMapping("/mine")
    PageResponse<ReplicationResponse> mine(@RequestParam(defaultValue = "0") @PageNumber int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(replications.requestedBy(actor.get(), page, size), mapper::toResponse);
    }

    @GetMapping("/mentoring")
    PageResponse<ReplicationResponse> mentoring(@RequestParam(defaultValue = "0") @PageNumber int page,
                                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(replications.mentoredBy(actor.get(), page, size), mapper::toResponse);
    }

    @GetMapping("/{id}")
    ReplicationResponse find(@PathVariable UUID id) {
        return mapper.toResponse(replications.find(id, actor.get()));
    }
}
