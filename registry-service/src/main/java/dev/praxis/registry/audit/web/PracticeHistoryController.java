package dev.praxis.registry.audit.web;

import dev.praxis.registry.audit.AuditEntry;
import dev.praxis.registry.audit.PracticeHistory;
import dev.praxis.registry.practice.PracticeStatus;
import dev.praxis.registry.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
class PracticeHistoryController {

    private final PracticeHistory history;
    private final CurrentActor actor;

    PracticeHistoryController(PracticeHistory history, CurrentActor actor) {
        this.history = history;
        this.actor = actor;
    }

    @GetMapping("/api/v1/practices/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return history.of(id, actor.get()).stream().map(HistoryEntry::of).toList();
    }

    /** {@code action} is the API name ({@code request-revision}); null for the creation of the draft. */
    record HistoryEntry(String action, PracticeStatus fromStatus, PracticeStatus toStatus, String actorName,
                        Instant at, String comment) {

        static HistoryEntry of(AuditEntry entry) {
            return new HistoryEntry(entry.action() == null ? null : entry.action().apiName(), entry.fromStatus(),
                    entry.toStatus(), entry.actorName(), entry.at(), entry.comment());
        }
    }
}
