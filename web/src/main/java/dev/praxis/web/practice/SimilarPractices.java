package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Published practices most like a given one, from search-service. */
@Component
class SimilarPractices {

    private static final int SIZE = 5;

    private final RestClient search;

    SimilarPractices(@Qualifier("search") RestClient search) {
        this.search = search;
    }

    List<Similar> to(UUID id) {
        Answer answer = search.get().uri("/api/v1/practices/{id}/similar?size={size}", id, SIZE)
                .retrieve().body(Answer.class);
        return answer == null ? List.of() : answer.practices();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(List<Similar> practices) {

        Answer {
            practices = practices == null ? List.of() : List.copyOf(practices);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Similar(UUID id, String title, String language, String regionCode, String regionName,
            String directionCode, String directionName) {
    }
}
