package dev.praxis.registry.outbox;

import java.time.Instant;
import java.util.UUID;

/** One entry of the change feed; {@code practice} is null for {@code PracticeWithdrawn}. */
public record PracticeEvent(String cursor, String type, UUID practiceId, long version, Instant occurredAt,
                            PublicPracticeCard practice) {

    public static final String PUBLISHED = "PracticePublished";
    public static final String WITHDRAWN = "PracticeWithdrawn";
}
