package dev.praxis.registry.expert.web;

import dev.praxis.registry.common.web.PageNumber;
import dev.praxis.registry.common.web.PageResponse;
import dev.praxis.registry.expert.ExpertService;
import dev.praxis.registry.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Expert profiles: {@code /me} for the expert (role expert), the rest for coordinators (the security configuration). */
@RestController
@RequestMapping("/api/v1/experts")
class ExpertController {

    private final ExpertService experts;
    private final CurrentActor actor;

    ExpertController(ExpertService experts, CurrentActor actor) {
        this.experts = experts;
        this.actor = actor;
    }

    @GetMapping("/me")
    ExpertProfileResponse mine() {
        return ExpertProfileResponse.of(experts.find(actor.get().username()));
    }

    @PutMapping("/me")
    ExpertProfileResponse saveMine(@Valid @RequestBody ExpertProfileRequest body) {
        return ExpertProfileResponse.of(experts.saveOwn(actor.get(), body.toDraft()));
    }

    @GetMapping
    PageResponse<ExpertProfileResponse> all(@RequestParam(defaultValue = "0") @PageNumber int page,
                                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(experts.all(page, size), ExpertProfileResponse::of);
    }

    @GetMapping("/{username}")
    ExpertProfileResponse find(@PathVariable @Pattern(regexp = USERNAME) String username) {
        return ExpertProfileResponse.of(experts.find(username));
    }

    @PutMapping("/{username}")
    ExpertProfileResponse save(@PathVariable @Pattern(regexp = USERNAME) String username,
                               @Valid @RequestBody ExpertProfileRequest body) {
        return ExpertProfileResponse.of(experts.save(username, body.toDraft()));
    }

    /** Keycloak usernames: letters, digits and {@code . _ @ -}, at most 100. */
    static final String USERNAME = "[\\p{L}\\p{N}._@-]{1,100}";
}
