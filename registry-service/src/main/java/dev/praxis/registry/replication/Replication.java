package dev.praxis.registry.replication;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.Practice;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A region's request to replicate a published practice, with the practice's author as mentor.
 * The practice is referenced by id; its title and author are copied because a published
 * practice no longer changes.
 */
@Entity
@Table(name = "replications")
public class Replication {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;
    private UUID practiceId;
    private String practiceTitle;
    private String regionCode;
    private String targetMunicipality;
    private String reason;
    private LocalDate plannedStart;
    private String requestedBy;
    private String requestedByName;
    private String mentorUsername;
    private String mentorName;
    @Enumerated(EnumType.STRING)
    private ReplicationStatus status;
    private Instant createdAt;

    protected Replication() {
    }

    private Replication(Practice practice, ReplicationRequest request, Actor official) {
        this.practiceId = practice.getId();
        this.practiceTitle = practice.getTitle();
        this.regionCode = request.regionCode();
        this.targetMunicipality = request.targetMunicipality();
        this.reason = request.reason();
        this.plannedStart = request.plannedStart();
        this.requestedBy = official.username();
        this.requestedByName = official.name();
        this.mentorUsername = practice.getAuthorUsername();
        this.mentorName = practice.getAuthorName();
        this.status = ReplicationStatus.REQUESTED;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** @throws PracticeNotPublished unless the practice is in the public catalogue */
    static Replication request(Practice practice, ReplicationRequest request, Actor official) {
        if (!practice.isPublished()) {
            throw new PracticeNotPublished(practice.getId());
        }
        return new Replication(practice, request, official);
    }

    /** The requester, the mentor and coordinators may read a request. */
    boolean isVisibleTo(Actor viewer) {
        return viewer.is(requestedBy) || viewer.is(mentorUsername) || viewer.isCoordinator();
    }

    public UUID getId() {
        return id;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public String getPracticeTitle() {
        return practiceTitle;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getTargetMunicipality() {
        return targetMunicipality;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequestedByName() {
        return requestedByName;
    }

    public String getMentorUsername() {
        return mentorUsername;
    }

    public String getMentorName() {
        return mentorName;
    }

    public ReplicationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
