package dev.praxis.registry.outbox;

import java.time.Instant;
import java.util.UUID;

/** One entry of the change feed: the practice's card as of that change. */
public record PracticeEvent(String cursor, String type, UUID practiceId, long version, Instant occurredAt,
                            PracticeCard practice) {

    public static final String CHANGED = "PracticeChanged";
}
