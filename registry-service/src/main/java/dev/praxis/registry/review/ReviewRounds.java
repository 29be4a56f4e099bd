package dev.praxis.registry.review;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ReviewRounds extends Repository<ReviewRound, UUID> {

    ReviewRound save(ReviewRound round);

    Optional<ReviewRound> findById(UUID id);

    /** Oldest first. */
    List<ReviewRound> findByPracticeIdOrderByNumber(UUID practiceId);

    Optional<ReviewRound> findTopByPracticeIdOrderByNumberDesc(UUID practiceId);

    /** Changes of one round (an invitation, a submitted review, closing) queue up behind this lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReviewRound r where r.id = :id")
    Optional<ReviewRound> findForUpdate(UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReviewRound r where r.practiceId = :practiceId and r.status = dev.praxis.registry.review.RoundStatus.OPEN")
    Optional<ReviewRound> findOpenForUpdate(UUID practiceId);

    @Query("select r.id from ReviewRound r where r.status = dev.praxis.registry.review.RoundStatus.OPEN and r.dueDate < :today")
    List<UUID> findOpenDueBefore(LocalDate today);
}
