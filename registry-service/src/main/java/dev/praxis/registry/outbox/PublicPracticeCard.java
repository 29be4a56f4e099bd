package dev.praxis.registry.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the public catalogue shows of an approved practice: the payload of {@code PracticePublished}. */
public record PublicPracticeCard(UUID id, String title, String regionCode, String regionName, String federalDistrict,
                                 String directionCode, String directionName, String problem, String solution,
                                 List<Step> steps, String authorName, Instant publishedAt, String language) {

    public record Step(int position, String title, String description) {
    }
}
