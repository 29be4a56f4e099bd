package dev.praxis.web.practice;

import dev.praxis.web.downstream.Page;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The registry's practices, read and changed on behalf of the signed-in user. */
@Component
public class PracticeRegistry {

    private static final int PAGE_SIZE = 20;

    private final RestClient registry;

    PracticeRegistry(@Qualifier("registry") RestClient registry) {
        this.registry = registry;
    }

    public Practice find(UUID id) {
        return registry.get().uri("/api/v1/practices/{id}", id).retrieve().body(Practice.class);
    }

    List<HistoryEntry> history(UUID id) {
        return registry.get().uri("/api/v1/practices/{id}/history", id).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    Page<PracticeSummary> mine(int page) {
        return registry.get().uri("/api/v1/practices/mine?page={page}&size={size}", page, PAGE_SIZE).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    Page<PracticeSummary> awaitingDecision(int page) {
        return registry.get()
                .uri("/api/v1/practices?status=SUBMITTED&page={page}&size={size}", page, PAGE_SIZE)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    Practice create(PracticeDraft draft) {
        return registry.post().uri("/api/v1/practices").body(draft).retrieve().body(Practice.class);
    }

    Practice update(UUID id, PracticeDraft draft) {
        return registry.put().uri("/api/v1/practices/{id}", id).body(draft).retrieve().body(Practice.class);
    }

    void submit(UUID id) {
        registry.post().uri("/api/v1/practices/{id}/submit", id).retrieve().toBodilessEntity();
    }

    void approve(UUID id, Decision decision) {
        registry.post().uri("/api/v1/practices/{id}/approve", id).body(decision).retrieve().toBodilessEntity();
    }

    void reject(UUID id, Decision decision) {
        registry.post().uri("/api/v1/practices/{id}/reject", id).body(decision).retrieve().toBodilessEntity();
    }

    void archive(UUID id, Decision decision) {
        registry.post().uri("/api/v1/practices/{id}/archive", id).body(decision).retrieve().toBodilessEntity();
    }
}
