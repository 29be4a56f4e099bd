package dev.praxis.registry.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Domain events of review, published when the round or invitation that records them is saved
 * (Spring Data, in the same transaction). Notifications subscribe to them; review knows none of
 * its subscribers.
 */
public sealed interface ReviewEvent {

    UUID practiceId();

    UUID roundId();

    Instant at();

    /** A round opened for a submitted version of the practice. */
    record RoundOpened(UUID roundId, UUID practiceId, int number, int practiceVersion, LocalDate dueDate,
                       Instant at) implements ReviewEvent {
    }

    /** An expert was invited to a round, to answer by {@code dueDate}. */
    record InvitationSent(UUID invitationId, UUID roundId, UUID practiceId, String expert, String invitedBy,
                          LocalDate dueDate, Instant at) implements ReviewEvent {
    }

    /** The expert accepted, declaring no conflict of interest. */
    record InvitationAccepted(UUID invitationId, UUID roundId, UUID practiceId, String expert, Instant at)
            implements ReviewEvent {
    }

    record InvitationDeclined(UUID invitationId, UUID roundId, UUID practiceId, String expert, String reason,
                              Instant at) implements ReviewEvent {
    }

    /** The due date passed without an answer. */
    record InvitationExpired(UUID invitationId, UUID roundId, UUID practiceId, String expert, Instant at)
            implements ReviewEvent {
    }

    record ReviewSubmitted(UUID invitationId, UUID roundId, UUID practiceId, String expert,
                           Recommendation recommendation, Instant at) implements ReviewEvent {
    }

    record RoundClosed(UUID roundId, UUID practiceId, int number, RoundClosure because, Instant at)
            implements ReviewEvent {
    }
}
