package dev.praxis.registry.practice;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

interface Practices extends Repository<Practice, UUID> {

    /**
     * Writes the practice, then publishes its recorded {@link PracticeChange} events (Spring Data's
     * domain events, in the caller's transaction). Flushing first lets subscribers write rows that
     * refer to the practice (audit lines, outbox events) after the practice's own row.
     */
    Practice saveAndFlush(Practice practice);

    void delete(Practice practice);

    Optional<Practice> findById(UUID id);

    /** Loads a practice for a change; concurrent changes of the same practice queue up behind the lock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Practice p where p.id = :id")
    Optional<Practice> findForChange(UUID id);

    /** An author's practices in some statuses whose lower-cased title is like {@code titlePattern} (escape {@code !}). */
    @Query("""
            select p from Practice p
             where p.authorUsername = :author
               and p.status in :statuses
               and lower(p.title) like :titlePattern escape '!'
            """)
    Page<Practice> findMine(String author, Collection<PracticeStatus> statuses, String titlePattern, Pageable pageable);

    /** Practices in some statuses; drafts only when they are the viewer's own. */
    @Query("""
            select p from Practice p
             where p.status in :statuses
               and (p.status <> dev.praxis.registry.practice.PracticeStatus.DRAFT or p.authorUsername = :viewer)
            """)
    Page<Practice> findByStatusVisibleTo(Collection<PracticeStatus> statuses, String viewer, Pageable pageable);
}
