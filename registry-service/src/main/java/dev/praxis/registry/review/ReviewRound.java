package dev.praxis.registry.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One round of review of one submitted version of a practice, scored by the rubric version it
 * started with. It owns its status ({@link RoundStatus}) and records {@link ReviewEvent}s.
 */
@Entity
@Table(name = "review_rounds")
public class ReviewRound extends AbstractAggregateRoot<ReviewRound> implements Persistable<UUID> {

    @Id
    private UUID id;
    private UUID practiceId;
    private int number;
    private int practiceVersion;
    private int rubricVersion;
    private int quorum;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private RoundStatus status;
    @Enumerated(EnumType.STRING)
    private RoundClosure closedBecause;
    private Instant openedAt;
    private Instant closedAt;
    private long version;

    @Transient
    private boolean isNew;

    protected ReviewRound() {
    }

    static ReviewRound open(UUID practiceId, int number, int practiceVersion, int rubricVersion, int quorum,
                            LocalDate dueDate, Instant now) {
        var round = new ReviewRound();
        round.id = UUID.randomUUID();
        round.isNew = true;
        round.practiceId = practiceId;
        round.number = number;
        round.practiceVersion = practiceVersion;
        round.rubricVersion = rubricVersion;
        round.quorum = quorum;
        round.dueDate = dueDate;
        round.status = RoundStatus.OPEN;
        round.openedAt = now;
        round.version = 1;
        round.registerEvent(new ReviewEvent.RoundOpened(round.id, practiceId, number, practiceVersion, dueDate, now));
        return round;
    }

    /** @throws RoundAlreadyClosed when it is closed already */
    void close(RoundClosure because, Instant now) {
        status = status.after(RoundStatus.Action.CLOSE);
        closedBecause = because;
        closedAt = now;
        version++;
        registerEvent(new ReviewEvent.RoundClosed(id, practiceId, number, because, now));
    }

    /** @throws RoundAlreadyClosed unless the round is open */
    void checkOpen() {
        if (!isOpen()) {
            throw new RoundAlreadyClosed();
        }
    }

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public int getNumber() {
        return number;
    }

    public int getPracticeVersion() {
        return practiceVersion;
    }

    public int getRubricVersion() {
        return rubricVersion;
    }

    public int getQuorum() {
        return quorum;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public RoundClosure getClosedBecause() {
        return closedBecause;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
