package dev.praxis.registry.version;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.PracticeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.UUID;

/**
 * The versions of a practice, for whoever may see the practice (everybody else gets a 404, as for
 * the practice itself): the list, each frozen content, and the diff of any two.
 */
@Service
@Transactional(readOnly = true)
public class PracticeVersions {

    private final PracticeService practices;
    private final PracticeContent content;
    private final Versions versions;

    PracticeVersions(PracticeService practices, PracticeContent content, Versions versions) {
        this.practices = practices;
        this.content = content;
        this.versions = versions;
    }

    /** Oldest first. */
    public List<PracticeVersion> of(UUID practiceId, Actor viewer) {
        practices.find(practiceId, viewer);
        return versions.of(practiceId);
    }

    /**
     * The number of the practice's latest version, for features that refer to what was submitted
     * (a review round reviews one version); empty before the first submission.
     */
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public java.util.OptionalInt latestNumber(UUID practiceId) {
        var all = versions.of(practiceId);
        return all.isEmpty() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(all.getLast().number());
    }

    /** @throws VersionNotFound when the practice has no such version */
    public VersionSnapshot snapshot(UUID practiceId, int number, Actor viewer) {
        var current = content.tree(practices.find(practiceId, viewer));
        var stored = stored(practiceId, number);
        return new VersionSnapshot(stored.version(), PracticeContent.orderedLike(current, content.read(stored.content())));
    }

    /** What changed from {@code from} to {@code to}, field by field. */
    public VersionDiff diff(UUID practiceId, VersionRef from, VersionRef to, Actor viewer) {
        var practice = practices.find(practiceId, viewer);
        var current = content.tree(practice);
        var before = contentOf(practiceId, from, current);
        var after = contentOf(practiceId, to, current);
        return new VersionDiff(from, to, ContentDiff.between(before, after));
    }

    private JsonNode contentOf(UUID practiceId, VersionRef version, JsonNode current) {
        if (version.isCurrent()) {
            return current;
        }
        return PracticeContent.orderedLike(current, content.read(stored(practiceId, version.number()).content()));
    }

    private Versions.Stored stored(UUID practiceId, int number) {
        return versions.find(practiceId, number).orElseThrow(() -> new VersionNotFound(practiceId, number));
    }
}
