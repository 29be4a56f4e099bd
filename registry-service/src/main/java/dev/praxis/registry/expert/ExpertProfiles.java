package dev.praxis.registry.expert;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;
import java.util.Optional;

interface ExpertProfiles extends Repository<ExpertProfile, String> {

    ExpertProfile save(ExpertProfile profile);

    Optional<ExpertProfile> findById(String username);

    /** Invitations of one expert queue up behind this lock, so two cannot both take the last free place. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ExpertProfile e where e.username = :username")
    Optional<ExpertProfile> findForUpdate(String username);

    Page<ExpertProfile> findAllByOrderByDisplayNameAscUsernameAsc(Pageable pageable);

    List<ExpertProfile> findAllByOrderByUsername();
}
