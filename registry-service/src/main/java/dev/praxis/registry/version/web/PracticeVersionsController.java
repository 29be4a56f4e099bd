package dev.praxis.registry.version.web;

import dev.praxis.registry.security.CurrentActor;
import dev.praxis.registry.version.PracticeVersion;
import dev.praxis.registry.version.PracticeVersions;
import dev.praxis.registry.version.VersionDiff;
import dev.praxis.registry.version.VersionRef;
import dev.praxis.registry.version.VersionSnapshot;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The versions of a practice and their diffs; reading is public, the service hides what a caller may not see. */
@RestController
class PracticeVersionsController {

    /** A version number from 1, or {@code current}. */
    private static final String VERSION = "[1-9][0-9]{0,8}|" + VersionRef.CURRENT_NAME;

    private final PracticeVersions versions;
    private final CurrentActor actor;

    PracticeVersionsController(PracticeVersions versions, CurrentActor actor) {
        this.versions = versions;
        this.actor = actor;
    }

    @GetMapping("/api/v1/practices/{id}/versions")
    List<PracticeVersion> list(@PathVariable UUID id) {
        return versions.of(id, actor.get());
    }

    @GetMapping("/api/v1/practices/{id}/versions/{number}")
    VersionSnapshot snapshot(@PathVariable UUID id, @PathVariable @Min(1) @Max(999_999_999) int number) {
        return versions.snapshot(id, number, actor.get());
    }

    /** {@code ?from=1&to=2}, or {@code to=current} for what changed since version 1. */
    @GetMapping("/api/v1/practices/{id}/versions/diff")
    VersionDiff diff(@PathVariable UUID id,
                     @RequestParam @Pattern(regexp = VERSION, message = "must be a version number from 1 or 'current'") String from,
                     @RequestParam @Pattern(regexp = VERSION, message = "must be a version number from 1 or 'current'") String to) {
        return versions.diff(id, ref(from), ref(to), actor.get());
    }

    private static VersionRef ref(String version) {
        return VersionRef.CURRENT_NAME.equals(version) ? VersionRef.current() : VersionRef.of(Integer.parseInt(version));
    }
}
