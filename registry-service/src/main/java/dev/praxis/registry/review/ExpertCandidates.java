package dev.praxis.registry.review;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.expert.Conflict;
import dev.praxis.registry.expert.ConflictOfInterest;
import dev.praxis.registry.expert.ExpertProfile;
import dev.praxis.registry.expert.ExpertService;
import dev.praxis.registry.expert.PracticeParties;
import dev.praxis.registry.practice.PracticeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * Which experts may review a practice. Today: who is left out, and why (the conflict-of-interest
 * policy). The ranked suggestion of the others (by expertise, load and text similarity, DESIGN
 * "Review") belongs here beside it, as {@code suggested(practiceId, coordinator)}, over the same
 * {@link ExpertService#everyone()} minus {@link #leftOut}.
 */
@Service
@Transactional(readOnly = true)
public class ExpertCandidates {

    private final ExpertService experts;
    private final PracticeService practices;

    ExpertCandidates(ExpertService experts, PracticeService practices) {
        this.experts = experts;
        this.practices = practices;
    }

    /** Experts with a conflict of interest with the practice, and each one's reasons; ordered by username. */
    public List<LeftOut> leftOut(UUID practiceId, Actor coordinator) {
        var practice = PracticeParties.of(practices.find(practiceId, coordinator));
        return experts.everyone().stream()
                .map(expert -> new LeftOut(expert, ConflictOfInterest.between(expert, practice)))
                .filter(leftOut -> !leftOut.conflicts().isEmpty())
                .toList();
    }

    public record LeftOut(ExpertProfile expert, List<Conflict> conflicts) {
    }
}
