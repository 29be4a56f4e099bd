package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.outbox.PracticeEvents;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

import static org.springframework.data.domain.Sort.Order.asc;
import static org.springframework.data.domain.Sort.Order.desc;

/**
 * The practice feature's public face: writing, reviewing and reading practices. Every change
 * of a practice that has left DRAFT records its new card in the outbox, in the same transaction.
 */
@Service
@Transactional
public class PracticeService {

    private static final Sort NEWEST_FIRST = Sort.by(desc("createdAt"), desc("id"));
    private static final Sort OLDEST_SUBMISSION_FIRST = Sort.by(asc("submittedAt"), asc("createdAt"), asc("id"));

    private final Practices practices;
    private final PracticeEvents events;
    private final PracticeCardMapper cards;

    PracticeService(Practices practices, PracticeEvents events, PracticeCardMapper cards) {
        this.practices = practices;
        this.events = events;
        this.cards = cards;
    }

    public Practice create(PracticeDraft draft, Actor author) {
        return practices.save(Practice.draft(draft, author));
    }

    /** Drafts are the author's own business: no event. */
    public Practice revise(UUID id, PracticeDraft draft, Actor actor) {
        var practice = forChange(id);
        practice.revise(draft, actor);
        return practice;
    }

    public Practice submit(UUID id, Actor actor) {
        var practice = forChange(id);
        practice.submit(actor);
        return changed(practice);
    }

    public Practice approve(UUID id, String comment, Actor coordinator) {
        var practice = forChange(id);
        practice.approve(coordinator, comment);
        return changed(practice);
    }

    public Practice reject(UUID id, String comment, Actor coordinator) {
        var practice = forChange(id);
        practice.reject(coordinator, comment);
        return changed(practice);
    }

    public Practice archive(UUID id, String comment, Actor coordinator) {
        var practice = forChange(id);
        practice.archive(coordinator, comment);
        return changed(practice);
    }

    /**
     * A practice about to be replicated, locked until the caller's transaction ends so that
     * concurrent requests count one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Practice lockForReplication(UUID id) {
        return forChange(id);
    }

    /** Counts a replication request the caller has accepted for a practice it locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countReplication(Practice practice) {
        practice.countReplication();
        changed(practice);
    }

    /** @throws PracticeNotFound also when the practice exists but {@code viewer} may not see it */
    @Transactional(readOnly = true)
    public Practice find(UUID id, Actor viewer) {
        return practices.findById(id)
                .filter(practice -> practice.isVisibleTo(viewer))
                .orElseThrow(() -> new PracticeNotFound(id));
    }

    @Transactional(readOnly = true)
    public List<StatusChange> history(UUID id, Actor viewer) {
        return find(id, viewer).getHistory();
    }

    @Transactional(readOnly = true)
    public Page<Practice> writtenBy(Actor author, int page, int size) {
        return practices.findByAuthorUsername(author.username(), PageRequest.of(page, size, NEWEST_FIRST));
    }

    /** The review queue: oldest submission first; drafts only if they are the viewer's own. */
    @Transactional(readOnly = true)
    public Page<Practice> inStatus(PracticeStatus status, Actor viewer, int page, int size) {
        return practices.findByStatusVisibleTo(status, viewer.username(),
                PageRequest.of(page, size, OLDEST_SUBMISSION_FIRST));
    }

    /** Whether the actor may make the change is the practice's decision (author, status). */
    private Practice forChange(UUID id) {
        return practices.findForChange(id).orElseThrow(() -> new PracticeNotFound(id));
    }

    private Practice changed(Practice practice) {
        events.changed(cards.toCard(practice));
        return practice;
    }
}
