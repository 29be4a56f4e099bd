package dev.praxis.registry.review;

import java.util.List;

/** What an expert writes: scores (possibly not all yet), a recommendation, a comment on the whole. */
public record ReviewDraft(List<Score> scores, Recommendation recommendation, String comment) {

    public ReviewDraft {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }
}
