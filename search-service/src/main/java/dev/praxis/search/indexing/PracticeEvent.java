package dev.praxis.search.indexing;

import java.time.Instant;
import java.util.List;

/** One entry of the registry's change feed ({@code GET /internal/v1/practice-events}). */
record PracticeEvent(String cursor, String type, String practiceId, long version, Instant occurredAt,
                     PublicPractice practice) {

    static final String PUBLISHED = "PracticePublished";
    static final String WITHDRAWN = "PracticeWithdrawn";

    /** The public card carried by {@code PracticePublished}. */
    record PublicPractice(String id, String title, String regionCode, String regionName, String federalDistrict,
                          String directionCode, String directionName, String problem, String solution,
                          List<Step> steps, String authorName, Instant publishedAt, String language) {
    }

    record Step(Integer position, String title, String description) {
    }
}
