package dev.praxis.registry.review;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.Optional;

interface Rubrics extends Repository<Rubric, Integer> {

    Rubric save(Rubric rubric);

    Optional<Rubric> findById(int version);

    Optional<Rubric> findTopByOrderByVersionDesc();

    /** The current version, locked: two admins writing a rubric at once get consecutive versions. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Rubric r where r.version = (select max(v.version) from Rubric v)")
    Optional<Rubric> findCurrentForUpdate();
}
