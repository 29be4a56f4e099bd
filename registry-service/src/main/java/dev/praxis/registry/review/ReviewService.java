package dev.praxis.registry.review;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.expert.ConflictOfInterest;
import dev.praxis.registry.expert.ExpertProfile;
import dev.praxis.registry.expert.ExpertService;
import dev.praxis.registry.expert.PracticeParties;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.PracticeService;
import dev.praxis.registry.version.PracticeVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * The review feature's public face for changes: rounds open and close with the practice's
 * lifecycle, coordinators invite experts, experts answer and write their reviews. Every change
 * locks what it changes (a round before its invitations), lets the aggregate apply it and saves
 * it, which publishes its {@link ReviewEvent}s in the same transaction; a refused change leaves
 * nothing behind.
 */
@Service
@Transactional
public class ReviewService {

    private final ReviewRounds rounds;
    private final Invitations invitations;
    private final RubricService rubrics;
    private final ExpertService experts;
    private final PracticeService practices;
    private final PracticeVersions versions;
    private final ReviewProperties properties;

    ReviewService(ReviewRounds rounds, Invitations invitations, RubricService rubrics, ExpertService experts,
                  PracticeService practices, PracticeVersions versions, ReviewProperties properties) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.rubrics = rubrics;
        this.experts = experts;
        this.practices = practices;
        this.versions = versions;
        this.properties = properties;
    }

    /**
     * A practice went under review: a round opens for its latest submitted version with the
     * current rubric. After a revision the experts who accepted the previous round are invited
     * again, unless a conflict of interest or their load now keeps them out (the coordinator sees
     * them in the conflicts list and can invite someone else).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void openRound(UUID practiceId, Actor by, Instant now) {
        var previous = rounds.findTopByPracticeIdOrderByNumberDesc(practiceId);
        var version = versions.latestNumber(practiceId)
                .orElseThrow(() -> new IllegalStateException("a practice under review was submitted"));
        var round = rounds.save(ReviewRound.open(practiceId, previous.map(ReviewRound::getNumber).orElse(0) + 1,
                version, rubrics.current().getVersion(), properties.quorum(),
                today(now).plusDays(properties.roundDays()), now));
        if (previous.isEmpty()) {
            return;
        }
        var practice = PracticeParties.of(practices.current(practiceId));
        var dueDate = today(now).plusDays(properties.invitationDays());
        invitations.findByRoundIdOrderByInvitedAtAscIdAsc(previous.get().getId()).stream()
                .filter(earlier -> EnumSet.of(InvitationStatus.ACCEPTED, InvitationStatus.SUBMITTED)
                        .contains(earlier.getStatus()))
                .forEach(earlier -> experts.lock(earlier.getExpertUsername())
                        .filter(expert -> ConflictOfInterest.between(expert, practice).isEmpty())
                        .filter(expert -> invitations.countOpenFor(expert.getUsername()) < expert.getMaxOpenReviews())
                        .ifPresent(expert -> invitations.save(
                                Invitation.send(round, expert.getUsername(), dueDate, by.username(), now))));
    }

    /** The practice left review (a decision, a withdrawal): its open round, if any, closes. */
    @Transactional(propagation = Propagation.MANDATORY)
    void closeOpenRound(UUID practiceId, RoundClosure because, Instant now) {
        rounds.findOpenForUpdate(practiceId).ifPresent(round -> {
            round.close(because, now);
            rounds.save(round);
        });
    }

    /**
     * A coordinator invites an expert to the practice's open round, to answer by {@code dueDate}
     * (by default in {@code praxis.review.invitation-days}).
     *
     * @throws ConflictOfInterestFound with the reasons, when the expert is too close to the practice
     * @throws ExpertAtCapacity when the expert's open reviews are at their maximum
     */
    public InvitationView invite(UUID practiceId, String expertUsername, LocalDate dueDate, Actor coordinator) {
        var practice = practices.find(practiceId, coordinator);
        var now = Instant.now();
        var due = dueDate == null ? today(now).plusDays(properties.invitationDays()) : dueDate;
        if (!due.isAfter(today(now))) {
            throw new ReviewInputRefused("dueDate", "Future", "must be after today");
        }
        var round = rounds.findOpenForUpdate(practiceId).orElseThrow(NoOpenRound::new);
        var expert = experts.lock(expertUsername).orElseThrow(() -> new ReviewInputRefused("expert", "KnownExpert",
                "must be the username of an expert with a profile, see GET /api/v1/experts"));
        checkMayReview(expert, practice, round);
        var invitation = invitations.save(Invitation.send(round, expert.getUsername(), due, coordinator.username(), now));
        return InvitationView.of(invitation, round, practice.getTitle());
    }

    private void checkMayReview(ExpertProfile expert, Practice practice, ReviewRound round) {
        if (invitations.existsByRoundIdAndExpertUsername(round.getId(), expert.getUsername())) {
            throw new AlreadyInvited(expert.getUsername());
        }
        var conflicts = ConflictOfInterest.between(expert, PracticeParties.of(practice));
        if (!conflicts.isEmpty()) {
            throw new ConflictOfInterestFound(expert.getUsername(), conflicts);
        }
        if (invitations.countOpenFor(expert.getUsername()) >= expert.getMaxOpenReviews()) {
            throw new ExpertAtCapacity(expert.getUsername(), expert.getMaxOpenReviews());
        }
    }

    public InvitationView accept(UUID id, boolean noConflict, Actor expert) {
        return answer(id, expert, (invitation, now) -> invitation.accept(noConflict, now));
    }

    public InvitationView decline(UUID id, String reason, Actor expert) {
        return answer(id, expert, (invitation, now) -> invitation.decline(reason, now));
    }

    /** Replaces the draft review, from the copy {@code expectedVersion} (null: any). */
    public InvitationView saveReview(UUID id, Long expectedVersion, ReviewDraft draft, Actor expert) {
        var round = roundOfOwn(id, expert);
        var invitation = ownForUpdate(id, expert);
        invitation.checkVersion(expectedVersion);
        round.checkOpen();
        invitation.saveReview(draft, rubrics.version(round.getRubricVersion()), Instant.now());
        return InvitationView.of(invitations.save(invitation), round, title(invitation));
    }

    /** Submits the review as saved; the quorum-th submitted review closes the round. */
    public InvitationView submitReview(UUID id, Long expectedVersion, Actor expert) {
        var round = roundOfOwn(id, expert);
        var invitation = ownForUpdate(id, expert);
        invitation.checkVersion(expectedVersion);
        round.checkOpen();
        var now = Instant.now();
        invitation.submitReview(rubrics.version(round.getRubricVersion()), now);
        invitations.save(invitation);
        if (invitations.countByRoundIdAndStatus(round.getId(), InvitationStatus.SUBMITTED) >= round.getQuorum()) {
            round.close(RoundClosure.QUORUM, now);
            rounds.save(round);
        }
        return InvitationView.of(invitation, round, title(invitation));
    }

    /**
     * What the scheduler calls: invitations whose due date has passed unanswered expire, and open
     * rounds whose due date has passed close ({@link RoundClosure#DUE_DATE}). A due date is a day
     * in {@code praxis.review.zone}; it passes when that day is over.
     */
    public Expired expireOverdue(Instant now) {
        var today = today(now);
        int expired = 0;
        for (var id : invitations.findUnansweredDueBefore(today)) {
            var invitation = invitations.findForUpdate(id).orElseThrow();
            if (invitation.getStatus() == InvitationStatus.INVITED) {
                invitation.expire(now);
                invitations.save(invitation);
                expired++;
            }
        }
        int closed = 0;
        for (var id : rounds.findOpenDueBefore(today)) {
            var round = rounds.findForUpdate(id).orElseThrow();
            if (round.isOpen()) {
                round.close(RoundClosure.DUE_DATE, now);
                rounds.save(round);
                closed++;
            }
        }
        return new Expired(expired, closed);
    }

    /** What {@link #expireOverdue} did. */
    public record Expired(int invitations, int rounds) {
    }

    @Transactional(readOnly = true)
    public InvitationView own(UUID id, Actor expert) {
        var invitation = invitations.findById(id).filter(found -> found.isInvited(expert.username()))
                .orElseThrow(() -> new InvitationNotFound(id));
        return InvitationView.of(invitation, rounds.findById(invitation.getRoundId()).orElseThrow(), title(invitation));
    }

    /** The expert's invitations, newest first. */
    @Transactional(readOnly = true)
    public List<InvitationView> mine(Actor expert) {
        return invitations.findByExpertUsernameOrderByInvitedAtDescIdDesc(expert.username()).stream()
                .map(invitation -> InvitationView.of(invitation,
                        rounds.findById(invitation.getRoundId()).orElseThrow(), title(invitation)))
                .toList();
    }

    private interface Answer {
        void apply(Invitation invitation, Instant now);
    }

    private InvitationView answer(UUID id, Actor expert, Answer answer) {
        var round = roundOfOwn(id, expert);
        var invitation = ownForUpdate(id, expert);
        round.checkOpen();
        answer.apply(invitation, Instant.now());
        return InvitationView.of(invitations.save(invitation), round, title(invitation));
    }

    /** The round of the caller's invitation, locked first (a round before its invitations, always). */
    private ReviewRound roundOfOwn(UUID id, Actor expert) {
        var roundId = invitations.findRoundIdOf(id, expert.username()).orElseThrow(() -> new InvitationNotFound(id));
        return rounds.findForUpdate(roundId).orElseThrow();
    }

    private Invitation ownForUpdate(UUID id, Actor expert) {
        return invitations.findForUpdate(id).filter(found -> found.isInvited(expert.username()))
                .orElseThrow(() -> new InvitationNotFound(id));
    }

    private String title(Invitation invitation) {
        return practices.current(invitation.getPracticeId()).getTitle();
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, properties.zone());
    }
}
