package dev.praxis.registry.review;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface Invitations extends Repository<Invitation, UUID> {

    Invitation save(Invitation invitation);

    Optional<Invitation> findById(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.id = :id")
    Optional<Invitation> findForUpdate(UUID id);

    /** The round of an expert's own invitation, without loading the invitation before it is locked. */
    @Query("select i.roundId from Invitation i where i.id = :id and i.expertUsername = :expert")
    Optional<UUID> findRoundIdOf(UUID id, String expert);

    boolean existsByRoundIdAndExpertUsername(UUID roundId, String expert);

    List<Invitation> findByRoundIdOrderByInvitedAtAscIdAsc(UUID roundId);

    List<Invitation> findByPracticeId(UUID practiceId);

    List<Invitation> findByExpertUsernameOrderByInvitedAtDescIdDesc(String expert);

    boolean existsByPracticeIdAndExpertUsernameAndStatusIn(UUID practiceId, String expert,
                                                           Collection<InvitationStatus> statuses);

    /** The expert's load: invitations not answered yet or accepted and not submitted, in rounds still open. */
    @Query("""
            select count(i) from Invitation i, ReviewRound r
             where r.id = i.roundId and r.status = dev.praxis.registry.review.RoundStatus.OPEN
               and i.expertUsername = :expert
               and i.status in (dev.praxis.registry.review.InvitationStatus.INVITED,
                                dev.praxis.registry.review.InvitationStatus.ACCEPTED)
            """)
    long countOpenFor(String expert);

    long countByRoundIdAndStatus(UUID roundId, InvitationStatus status);

    @Query("select i.id from Invitation i where i.status = dev.praxis.registry.review.InvitationStatus.INVITED and i.dueDate < :today")
    List<UUID> findUnansweredDueBefore(LocalDate today);
}
