package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a practice's audit trail: who moved it from which status to which, when and why. */
@Entity
@Immutable
@Table(name = "practice_status_changes")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private PracticeStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private PracticeStatus toStatus;
    private String actor;
    private String actorName;
    private Instant at;
    private String comment;

    protected StatusChange() {
    }

    StatusChange(PracticeStatus fromStatus, PracticeStatus toStatus, Actor actor, Instant at, String comment) {
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor.username();
        this.actorName = actor.name();
        this.at = at;
        this.comment = comment;
    }

    public PracticeStatus getFromStatus() {
        return fromStatus;
    }

    public PracticeStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }
}
