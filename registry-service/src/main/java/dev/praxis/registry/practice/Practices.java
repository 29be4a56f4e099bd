package dev.praxis.registry.practice;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Optional;
import java.util.UUID;

interface Practices extends Repository<Practice, UUID> {

    Practice save(Practice practice);

    Optional<Practice> findById(UUID id);

    /** Loads a practice for a change; concurrent changes of the same practice queue up behind the lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Practice p where p.id = :id")
    Optional<Practice> findForChange(UUID id);

    Page<Practice> findByAuthorUsername(String authorUsername, Pageable pageable);

    /** Practices in a status; drafts only when they are the viewer's own. */
    @Query("""
            select p from Practice p
             where p.status = :status
               and (p.status <> dev.praxis.registry.practice.PracticeStatus.DRAFT or p.authorUsername = :viewer)
            """)
    Page<Practice> findByStatusVisibleTo(PracticeStatus status, String viewer, Pageable pageable);
}
