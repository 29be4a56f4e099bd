package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.springframework.data.domain.Sort.Order.asc;
import static org.springframework.data.domain.Sort.Order.desc;

/**
 * The practice feature's public face: writing, deciding on and reading practices. A change
 * loads the practice under a lock, refuses it when the caller may not see the practice (404) or
 * changed it from an older copy (412), lets the practice apply it, and saves it, which publishes
 * its {@link PracticeChange} events to the outbox and the audit trail in the same transaction.
 */
@Service
@Transactional
public class PracticeService {

    private static final Sort NEWEST_FIRST = Sort.by(desc("createdAt"), desc("id"));
    private static final Sort OLDEST_SUBMISSION_FIRST = Sort.by(asc("submittedAt"), asc("createdAt"), asc("id"));

    private final Practices practices;
    private final ExpertAssignments assignments;

    PracticeService(Practices practices, ExpertAssignments assignments) {
        this.practices = practices;
        this.assignments = assignments;
    }

    public Practice create(PracticeDraft draft, Actor author) {
        return practices.saveAndFlush(Practice.draft(draft, author));
    }

    public Practice revise(UUID id, ExpectedVersion expected, PracticeDraft draft, Actor actor) {
        return change(id, expected, actor, practice -> practice.revise(draft, actor));
    }

    public Practice submit(UUID id, ExpectedVersion expected, Actor actor) {
        return change(id, expected, actor, practice -> practice.submit(actor));
    }

    public Practice withdraw(UUID id, ExpectedVersion expected, String reason, Actor actor) {
        return change(id, expected, actor, practice -> practice.withdraw(actor, reason));
    }

    public Practice startScreening(UUID id, ExpectedVersion expected, Actor coordinator) {
        return change(id, expected, coordinator, practice -> practice.startScreening(coordinator));
    }

    public Practice startReview(UUID id, ExpectedVersion expected, String comment, Actor coordinator) {
        return change(id, expected, coordinator, practice -> practice.startReview(coordinator, comment));
    }

    public Practice requestRevision(UUID id, ExpectedVersion expected, String reason, Actor coordinator) {
        return change(id, expected, coordinator, practice -> practice.requestRevision(coordinator, reason));
    }

    public Practice approve(UUID id, ExpectedVersion expected, String comment, Actor coordinator) {
        return change(id, expected, coordinator, practice -> practice.approve(coordinator, comment));
    }

    public Practice reject(UUID id, ExpectedVersion expected, String reason, Actor coordinator) {
        return change(id, expected, coordinator, practice -> practice.reject(coordinator, reason));
    }

    public Practice recommend(UUID id, ExpectedVersion expected, int year, String reason, Actor coordinator) {
        return change(id, expected, coordinator, practice -> practice.recommend(coordinator, year, reason));
    }

    public Practice archive(UUID id, ExpectedVersion expected, String reason, Actor coordinator) {
        return change(id, expected, coordinator, practice -> practice.archive(coordinator, reason));
    }

    /** A draft that was never submitted leaves no trace: it has no versions, events or audit trail to keep. */
    public void delete(UUID id, ExpectedVersion expected, Actor author) {
        var practice = forChange(id, expected, author);
        practice.checkDeletableBy(author);
        practices.delete(practice);
    }

    /**
     * A practice about to be replicated, locked until the caller's transaction ends so that
     * concurrent requests count one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Practice lockForReplication(UUID id) {
        return practices.findForChange(id).orElseThrow(() -> new PracticeNotFound(id));
    }

    /** Counts a replication request the caller has accepted for a practice it locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countReplication(Practice practice) {
        practice.countReplication();
        practices.saveAndFlush(practice);
    }

    /** @throws PracticeNotFound also when the practice exists but {@code viewer} may not see it */
    @Transactional(readOnly = true)
    public Practice find(UUID id, Actor viewer) {
        return practices.findById(id)
                .filter(practice -> PracticeVisibility.maySee(viewer, practice, assignments))
                .orElseThrow(() -> new PracticeNotFound(id));
    }

    /**
     * The practice as the current transaction sees it, whoever may see it: for subscribers of its
     * events (the outbox writes its card), never to answer a caller.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Practice current(UUID id) {
        return practices.findById(id).orElseThrow(() -> new PracticeNotFound(id));
    }

    /** The author's own practices, newest first, optionally in some statuses and with words of the title. */
    @Transactional(readOnly = true)
    public Page<Practice> writtenBy(Actor author, Collection<PracticeStatus> statuses, String titleContains,
                                    int page, int size) {
        var pageable = PageRequest.of(page, size, NEWEST_FIRST);
        var inStatuses = statuses.isEmpty() ? Set.of(PracticeStatus.values()) : Set.copyOf(statuses);
        return practices.findMine(author.username(), inStatuses, containing(titleContains), pageable);
    }

    /** The coordinators' queues: oldest submission first; drafts only if they are the viewer's own. */
    @Transactional(readOnly = true)
    public Page<Practice> inStatuses(Collection<PracticeStatus> statuses, Actor viewer, int page, int size) {
        return practices.findByStatusVisibleTo(Set.copyOf(statuses), viewer.username(),
                PageRequest.of(page, size, OLDEST_SUBMISSION_FIRST));
    }

    /** A LIKE pattern matching titles that contain the words as typed, wildcards in them taken literally. */
    private static String containing(String words) {
        if (words == null || words.isBlank()) {
            return "%";
        }
        var literal = words.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }

    private Practice change(UUID id, ExpectedVersion expected, Actor actor, Consumer<Practice> change) {
        var practice = forChange(id, expected, actor);
        change.accept(practice);
        return practices.saveAndFlush(practice);
    }

    /**
     * Locks the practice; one the actor may not see is not found, whatever they wanted to do with
     * it, and a copy older than the stored practice changes nothing.
     */
    private Practice forChange(UUID id, ExpectedVersion expected, Actor actor) {
        var practice = practices.findForChange(id)
                .filter(found -> PracticeVisibility.maySee(actor, found, assignments))
                .orElseThrow(() -> new PracticeNotFound(id));
        expected.check(practice);
        return practice;
    }
}
