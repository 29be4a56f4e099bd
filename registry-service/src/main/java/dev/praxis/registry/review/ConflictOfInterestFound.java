package dev.praxis.registry.review;

import dev.praxis.registry.common.RuleViolated;
import dev.praxis.registry.expert.Conflict;

import java.util.List;

/** The expert may not review the practice, for the reasons given. */
public class ConflictOfInterestFound extends RuleViolated {

    private final List<Conflict> conflicts;

    ConflictOfInterestFound(String expert, List<Conflict> conflicts) {
        super("conflict-of-interest", "Expert %s has a conflict of interest with this practice".formatted(expert));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
