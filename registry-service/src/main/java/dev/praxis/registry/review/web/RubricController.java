package dev.praxis.registry.review.web;

import dev.praxis.registry.review.Criterion;
import dev.praxis.registry.review.Rubric;
import dev.praxis.registry.review.RubricService;
import dev.praxis.registry.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The rubric: read by everybody signed in; a new version written by an admin (the security configuration). */
@RestController
@RequestMapping("/api/v1/rubric")
class RubricController {

    private final RubricService rubrics;
    private final CurrentActor actor;

    RubricController(RubricService rubrics, CurrentActor actor) {
        this.rubrics = rubrics;
        this.actor = actor;
    }

    @GetMapping
    RubricResponse current() {
        return RubricResponse.of(rubrics.current());
    }

    @PutMapping
    RubricResponse replace(@Valid @RequestBody RubricRequest body) {
        return RubricResponse.of(rubrics.replace(body.criteria().stream().map(CriterionBody::toCriterion).toList(),
                actor.get()));
    }

    record RubricRequest(@NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionBody> criteria) {
    }

    record CriterionBody(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,49}", message = "must be lower-case latin letters, digits and -, at most 50") String code,
            @NotBlank @Size(max = 200) String nameRu,
            @NotBlank @Size(max = 200) String nameEn,
            @NotBlank @Size(max = 2000) String descriptionRu,
            @NotBlank @Size(max = 2000) String descriptionEn,
            @NotNull @Min(1) @Max(100) Integer weight) {

        Criterion toCriterion() {
            return new Criterion(code, nameRu.strip(), nameEn.strip(), descriptionRu.strip(), descriptionEn.strip(), weight);
        }
    }

    record RubricResponse(int version, Instant createdAt, List<Criterion> criteria) {

        static RubricResponse of(Rubric rubric) {
            return new RubricResponse(rubric.getVersion(), rubric.getCreatedAt(), rubric.getCriteria());
        }
    }
}
