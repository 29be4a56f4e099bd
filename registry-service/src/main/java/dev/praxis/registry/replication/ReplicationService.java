package dev.praxis.registry.replication;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.PracticeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

import static org.springframework.data.domain.Sort.Order.desc;

/** Replication requests: officials ask, the practice's author mentors. */
@Service
@Transactional
public class ReplicationService {

    private static final Sort NEWEST_FIRST = Sort.by(desc("createdAt"), desc("id"));

    private final Replications replications;
    private final PracticeService practices;

    ReplicationService(Replications replications, PracticeService practices) {
        this.replications = replications;
        this.practices = practices;
    }

    /** Counts the request on the practice in the same transaction; the practice's row lock keeps concurrent requests from losing a count. */
    public Replication request(ReplicationRequest request, Actor official) {
        var practice = practices.lockForReplication(request.practiceId());
        var replication = replications.save(Replication.request(practice, request, official));
        practices.countReplication(practice);
        return replication;
    }

    @Transactional(readOnly = true)
    public Replication find(UUID id, Actor viewer) {
        return replications.findById(id)
                .filter(replication -> replication.isVisibleTo(viewer))
                .orElseThrow(() -> new ReplicationNotFound(id));
    }

    @Transactional(readOnly = true)
    public Page<Replication> requestedBy(Actor official, int page, int size) {
        return replications.findByRequestedBy(official.username(), PageRequest.of(page, size, NEWEST_FIRST));
    }

    @Transactional(readOnly = true)
    public Page<Replication> mentoredBy(Actor mentor, int page, int size) {
        return replications.findByMentorUsername(mentor.username(), PageRequest.of(page, size, NEWEST_FIRST));
    }
}
