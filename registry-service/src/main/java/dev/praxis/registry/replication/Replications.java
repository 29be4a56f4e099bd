package dev.praxis.registry.replication;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

import java.util.Optional;
import java.util.UUID;

interface Replications extends Repository<Replication, UUID> {

    Replication save(Replication replication);

    Optional<Replication> findById(UUID id);

    Page<Replication> findByRequestedBy(String username, Pageable pageable);

    Page<Replication> findByMentorUsername(String username, Pageable pageable);
}
