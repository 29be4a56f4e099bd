package dev.praxis.web.practice;

import dev.praxis.web.downstream.Page;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The registry's practices, read and changed on behalf of the signed-in user. Every change names
 * the version the user saw ({@code If-Match}), so a change made from an old page is refused.
 */
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

    /** The author's practices, optionally in some statuses and with words of the title. */
    Page<PracticeSummary> mine(int page, Collection<String> statuses, String titleContains) {
        return registry.get()
                .uri(uri -> {
                    UriBuilder builder = uri.path("/api/v1/practices/mine")
                            .queryParam("page", page).queryParam("size", PAGE_SIZE);
                    statuses.forEach(status -> builder.queryParam("status", status));
                    if (titleContains != null && !titleContains.isBlank()) {
                        builder.queryParam("q", "{q}");
                        return builder.build(titleContains.strip());
                    }
                    return builder.build();
                })
                .retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    /** A coordinator's queue: practices in {@code status}, oldest submission first. */
    Page<PracticeSummary> inStatus(String status, int page) {
        return registry.get()
                .uri("/api/v1/practices?status={status}&page={page}&size={size}", status, page, PAGE_SIZE)
                .retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    Practice create(PracticeDraft draft) {
        return registry.post().uri("/api/v1/practices").body(draft).retrieve().body(Practice.class);
    }

    Practice update(UUID id, long version, PracticeDraft draft) {
        return registry.put().uri("/api/v1/practices/{id}", id).header(HttpHeaders.IF_MATCH, etag(version))
                .body(draft).retrieve().body(Practice.class);
    }

    void delete(UUID id, long version) {
        registry.delete().uri("/api/v1/practices/{id}", id).header(HttpHeaders.IF_MATCH, etag(version))
                .retrieve().toBodilessEntity();
    }

    /** Makes {@code move} on the practice as of {@code version}. */
    void move(UUID id, long version, PracticeMove move, Decision decision) {
        registry.post().uri("/api/v1/practices/{id}/{action}", id, move.apiName())
                .header(HttpHeaders.IF_MATCH, etag(version))
                .body(decision)
                .retrieve()
                .toBodilessEntity();
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }
}
