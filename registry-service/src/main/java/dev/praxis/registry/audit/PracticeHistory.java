package dev.praxis.registry.audit;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.PracticeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** The audit trail of a practice, for whoever may see the practice (everybody else gets a 404). */
@Service
@Transactional(readOnly = true)
public class PracticeHistory {

    private final PracticeService practices;
    private final AuditTrail trail;

    PracticeHistory(PracticeService practices, AuditTrail trail) {
        this.practices = practices;
        this.trail = trail;
    }

    public List<AuditEntry> of(UUID practiceId, Actor viewer) {
        practices.find(practiceId, viewer);
        return trail.of(practiceId);
    }
}
