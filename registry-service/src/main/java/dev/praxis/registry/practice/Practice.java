package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.praxis.registry.practice.PracticeAction.APPROVE;
import static dev.praxis.registry.practice.PracticeAction.ARCHIVE;
import static dev.praxis.registry.practice.PracticeAction.DELETE;
import static dev.praxis.registry.practice.PracticeAction.EDIT;
import static dev.praxis.registry.practice.PracticeAction.RECOMMEND;
import static dev.praxis.registry.practice.PracticeAction.REJECT;
import static dev.praxis.registry.practice.PracticeAction.REQUEST_REVISION;
import static dev.praxis.registry.practice.PracticeAction.START_REVIEW;
import static dev.praxis.registry.practice.PracticeAction.START_SCREENING;
import static dev.praxis.registry.practice.PracticeAction.SUBMIT;
import static dev.praxis.registry.practice.PracticeAction.WITHDRAW;

/**
 * A management practice and its lifecycle. It owns its status: every change goes through a verb
 * method that asks {@link PracticeStatus} whether the change is allowed, checks that the caller is
 * the one who takes the action ({@link PracticeAction#isFor}), bumps {@link #getVersion() version}
 * and records a {@link PracticeChange} event, which the outbox and the audit trail subscribe to.
 */
@Entity
@Table(name = "practices")
public class Practice extends AbstractAggregateRoot<Practice> implements Persistable<UUID> {

    /** The earliest year a practice can be recommended for; the platform's predecessors began then. */
    static final int FIRST_RECOMMENDATION_YEAR = 2000;

    @Id
    private UUID id;
    // Every text has an optional English version in the *En field beside it (docs/practice-card.md).
    private String title;
    private String titleEn;
    private String summary;
    private String summaryEn;
    private String regionCode;
    private String municipality;
    private String directionCode;
    // A text[] column: tags are read with the practice and never queried on their own here.
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> tags = new ArrayList<>();
    private String authorOrganisation;
    private String authorOrganisationEn;
    private Integer startYear;
    private LocalDate startDate;
    private Integer endYear;
    private LocalDate endDate;
    private BigDecimal budget;
    private String currency;
    private String audience;
    private String audienceEn;
    private Integer reach;
    private String language;
    private String problem;
    private String problemEn;
    private String goal;
    private String goalEn;
    private String solution;
    private String solutionEn;
    @Embedded
    private ResourcesNeeded resources;
    private String risks;
    private String risksEn;
    private String dos;
    private String dosEn;
    private String donts;
    private String dontsEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "practice_team_members", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<TeamMember> team = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "practice_funding_sources", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<FundingSource> fundingSources = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "practice_partners", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Partner> partners = new ArrayList<>();

    // Always shown with the practice; SUBSELECT loads the steps of a whole page in one query.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "practice_steps", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Step> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "practice_effects", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Effect> effects = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private PracticeStatus status;
    private String authorUsername;
    private String authorName;
    private int replicationCount;
    private long version;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant approvedAt;
    private Instant archivedAt;
    private Integer recommendedYear;

    // The id is assigned on creation so that the first event names it; this tells Spring Data to insert.
    @Transient
    private boolean isNew;

    protected Practice() {
    }

    private Practice(PracticeDraft draft, Actor author, Instant now) {
        this.id = UUID.randomUUID();
        this.isNew = true;
        this.status = PracticeStatus.DRAFT;
        this.authorUsername = author.username();
        this.authorName = author.name();
        this.version = 1;
        this.createdAt = now;
        this.updatedAt = now;
        apply(draft);
        registerEvent(new PracticeChange.Drafted(id, version, author, now));
    }

    /** A new draft written by {@code author}. */
    public static Practice draft(PracticeDraft draft, Actor author) {
        return new Practice(draft, author, now());
    }

    /** Replaces the content: the author, while the status allows editing (a draft, a revision, a withdrawal). */
    public void revise(PracticeDraft draft, Actor actor) {
        var next = allow(EDIT, actor, null);
        apply(draft);
        moveTo(next, EDIT, actor, now(), null);
    }

    /** Hands the practice over to the coordinators; the algorithm must have at least one step. */
    public void submit(Actor actor) {
        var next = allow(SUBMIT, actor, null);
        if (steps.isEmpty()) {
            throw new PracticeHasNoSteps();
        }
        var now = now();
        submittedAt = now;
        moveTo(next, SUBMIT, actor, now, null);
    }

    /** The author takes a submitted practice back before a decision; it can be edited and submitted again. */
    public void withdraw(Actor actor, String reason) {
        moveTo(allow(WITHDRAW, actor, reason), WITHDRAW, actor, now(), reason);
    }

    /** Checks that a never-submitted draft may be deleted by {@code actor}; the service deletes it. */
    public void checkDeletableBy(Actor actor) {
        allow(DELETE, actor, null);
    }

    /** A coordinator starts checking the submission for completeness. */
    public void startScreening(Actor coordinator) {
        moveTo(allow(START_SCREENING, coordinator, null), START_SCREENING, coordinator, now(), null);
    }

    /** The submission is complete: it goes to the experts (the review feature invites them). */
    public void startReview(Actor coordinator, String comment) {
        moveTo(allow(START_REVIEW, coordinator, comment), START_REVIEW, coordinator, now(), comment);
    }

    /** Back to the author with the reasons; resubmitting makes a new version and a new round. */
    public void requestRevision(Actor coordinator, String reason) {
        moveTo(allow(REQUEST_REVISION, coordinator, reason), REQUEST_REVISION, coordinator, now(), reason);
    }

    /** Publishes the practice in the catalogue. */
    public void approve(Actor coordinator, String comment) {
        var next = allow(APPROVE, coordinator, comment);
        var now = now();
        approvedAt = now;
        moveTo(next, APPROVE, coordinator, now, comment);
    }

    /** Turns the practice down; the author deserves to know why. */
    public void reject(Actor coordinator, String reason) {
        moveTo(allow(REJECT, coordinator, reason), REJECT, coordinator, now(), reason);
    }

    /** Marks a published practice as recommended for mass replication in {@code year}. */
    public void recommend(Actor coordinator, int year, String reason) {
        var next = allow(RECOMMEND, coordinator, reason);
        var now = now();
        int latest = now.atZone(java.time.ZoneOffset.UTC).getYear() + 1;
        if (year < FIRST_RECOMMENDATION_YEAR || year > latest) {
            throw new RecommendationYearOutOfRange(FIRST_RECOMMENDATION_YEAR, latest);
        }
        recommendedYear = year;
        moveTo(next, RECOMMEND, coordinator, now, reason);
    }

    /** Takes a published practice out of the public catalogue; the reason goes into the audit trail. */
    public void archive(Actor coordinator, String reason) {
        var next = allow(ARCHIVE, coordinator, reason);
        var now = now();
        archivedAt = now;
        moveTo(next, ARCHIVE, coordinator, now, reason);
    }

    /**
     * Another region asked to replicate the practice. Its content did not change, so
     * {@code updatedAt} stays; the version grows because the search side sees a new count.
     */
    public void countReplication() {
        replicationCount++;
        version++;
        registerEvent(new PracticeChange.ReplicationCounted(id, version));
    }

    /** What {@code actor} may do with this practice now, as the transition table and the parties say. */
    public List<PracticeAction> actionsFor(Actor actor) {
        return status.actions().stream().filter(action -> action.isFor(actor, authorUsername)).toList();
    }

    /** Whether {@code actor} wrote this practice. */
    public boolean isWrittenBy(Actor actor) {
        return actor.is(authorUsername);
    }

    public boolean isPublished() {
        return status.isPublished();
    }

    /** The events recorded since the practice was last saved, oldest first (Spring Data publishes them on save). */
    List<Object> recordedChanges() {
        return List.copyOf(domainEvents());
    }

    /** The status after {@code action}, once the status allows it, {@code actor} takes it and any reason it needs is given. */
    private PracticeStatus allow(PracticeAction action, Actor actor, String reason) {
        if (!action.isFor(actor, authorUsername)) {
            throw action.isTakenByAuthor() ? new NotPracticeAuthor() : new NotCoordinator();
        }
        var next = status.after(action, actionsFor(actor));
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw new ReasonRequired(action);
        }
        return next;
    }

    private void apply(PracticeDraft draft) {
        title = draft.title();
        titleEn = draft.titleEn();
        summary = draft.summary();
        summaryEn = draft.summaryEn();
        regionCode = draft.regionCode();
        municipality = draft.municipality();
        directionCode = draft.directionCode();
        tags = new ArrayList<>(draft.tags());
        authorOrganisation = draft.authorOrganisation();
        authorOrganisationEn = draft.authorOrganisationEn();
        replace(team, draft.team());
        startYear = draft.startYear();
        startDate = draft.startDate();
        endYear = draft.endYear();
        endDate = draft.endDate();
        budget = draft.budget();
        currency = draft.currency();
        replace(fundingSources, draft.fundingSources());
        replace(partners, draft.partners());
        audience = draft.audience();
        audienceEn = draft.audienceEn();
        reach = draft.reach();
        language = draft.language();
        problem = draft.problem();
        problemEn = draft.problemEn();
        goal = draft.goal();
        goalEn = draft.goalEn();
        solution = draft.solution();
        solutionEn = draft.solutionEn();
        replace(steps, draft.steps());
        resources = draft.resources();
        replace(effects, draft.effects());
        risks = draft.risks();
        risksEn = draft.risksEn();
        dos = draft.dos();
        dosEn = draft.dosEn();
        donts = draft.donts();
        dontsEn = draft.dontsEn();
    }

    private static <T> void replace(List<T> rows, List<T> with) {
        rows.clear();
        rows.addAll(with);
    }

    private void moveTo(PracticeStatus next, PracticeAction action, Actor actor, Instant now, String reason) {
        var from = status;
        status = next;
        updatedAt = now;
        version++;
        registerEvent(new PracticeChange.Moved(id, version, action, from, next, actor, now,
                action.takesReason() && reason != null && !reason.isBlank() ? reason.strip() : null));
    }

    // PostgreSQL keeps microseconds; truncating keeps what we return equal to what we read back.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getDirectionCode() {
        return directionCode;
    }

    public List<String> getTags() {
        return List.copyOf(tags);
    }

    public String getAuthorOrganisation() {
        return authorOrganisation;
    }

    public String getAuthorOrganisationEn() {
        return authorOrganisationEn;
    }

    public List<TeamMember> getTeam() {
        return List.copyOf(team);
    }

    public Integer getStartYear() {
        return startYear;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getCurrency() {
        return currency;
    }

    public List<FundingSource> getFundingSources() {
        return List.copyOf(fundingSources);
    }

    public List<Partner> getPartners() {
        return List.copyOf(partners);
    }

    public String getAudience() {
        return audience;
    }

    public String getAudienceEn() {
        return audienceEn;
    }

    public Integer getReach() {
        return reach;
    }

    public String getLanguage() {
        return language;
    }

    public String getProblem() {
        return problem;
    }

    public String getProblemEn() {
        return problemEn;
    }

    public String getGoal() {
        return goal;
    }

    public String getGoalEn() {
        return goalEn;
    }

    public String getSolution() {
        return solution;
    }

    public String getSolutionEn() {
        return solutionEn;
    }

    /** Never null: Hibernate reads an embedded part whose columns are all empty as null. */
    public ResourcesNeeded getResources() {
        return resources == null ? ResourcesNeeded.NONE : resources;
    }

    public String getRisks() {
        return risks;
    }

    public String getRisksEn() {
        return risksEn;
    }

    public String getDos() {
        return dos;
    }

    public String getDosEn() {
        return dosEn;
    }

    public String getDonts() {
        return donts;
    }

    public String getDontsEn() {
        return dontsEn;
    }

    public List<Step> getSteps() {
        return List.copyOf(steps);
    }

    public List<Effect> getEffects() {
        return List.copyOf(effects);
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getAuthorName() {
        return authorName;
    }

    public int getReplicationCount() {
        return replicationCount;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Integer getRecommendedYear() {
        return recommendedYear;
    }
}
