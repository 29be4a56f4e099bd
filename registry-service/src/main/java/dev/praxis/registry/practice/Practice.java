package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.praxis.registry.practice.PracticeAction.APPROVE;
import static dev.praxis.registry.practice.PracticeAction.ARCHIVE;
import static dev.praxis.registry.practice.PracticeAction.EDIT;
import static dev.praxis.registry.practice.PracticeAction.REJECT;
import static dev.praxis.registry.practice.PracticeAction.SUBMIT;

/**
 * A management practice and its lifecycle. It owns its status: every change goes through a
 * verb method that asks {@link PracticeStatus} whether the change is allowed, records an audit
 * line and bumps {@link #getVersion() version}.
 */
@Entity
@Table(name = "practices")
public class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
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

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    private List<StatusChange> history = new ArrayList<>();

    protected Practice() {
    }

    private Practice(PracticeDraft draft, Actor author, Instant now) {
        this.status = PracticeStatus.DRAFT;
        this.authorUsername = author.username();
        this.authorName = author.name();
        this.version = 1;
        this.createdAt = now;
        this.updatedAt = now;
        apply(draft);
        history.add(new StatusChange(null, PracticeStatus.DRAFT, author, now, null));
    }

    /** A new draft written by {@code author}. */
    public static Practice draft(PracticeDraft draft, Actor author) {
        return new Practice(draft, author, now());
    }

    /** Replaces the content; only the author may, and only while it is a draft. */
    public void revise(PracticeDraft draft, Actor actor) {
        requireAuthor(actor);
        status.after(EDIT);
        apply(draft);
        touch(now());
    }

    /** Hands the draft over for review; the algorithm must have at least one step. */
    public void submit(Actor actor) {
        requireAuthor(actor);
        var next = status.after(SUBMIT);
        if (steps.isEmpty()) {
            throw new PracticeHasNoSteps();
        }
        var now = now();
        submittedAt = now;
        changeStatus(next, actor, now, null);
    }

    /** Publishes the practice in the catalogue. */
    public void approve(Actor coordinator, String comment) {
        var next = status.after(APPROVE);
        var now = now();
        approvedAt = now;
        changeStatus(next, coordinator, now, comment);
    }

    /** Turns the practice down; the author deserves to know why, so a comment is required. */
    public void reject(Actor coordinator, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a comment");
        }
        var next = status.after(REJECT);
        changeStatus(next, coordinator, now(), comment);
    }

    /** Takes an approved practice out of the public catalogue; the reason goes into the audit trail. */
    public void archive(Actor coordinator, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Archiving needs a comment");
        }
        var next = status.after(ARCHIVE);
        var now = now();
        archivedAt = now;
        changeStatus(next, coordinator, now, comment);
    }

    /**
     * Another region asked to replicate the practice. Its content did not change, so
     * {@code updatedAt} stays; the version grows because the search side sees a new count.
     */
    public void countReplication() {
        replicationCount++;
        version++;
    }

    /**
     * Approved practices are public (archived ones no longer); authors see their own;
     * coordinators see everything except other people's drafts.
     */
    public boolean isVisibleTo(Actor viewer) {
        return status == PracticeStatus.APPROVED
                || viewer.is(authorUsername)
                || viewer.isCoordinator() && status != PracticeStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == PracticeStatus.APPROVED;
    }

    private void requireAuthor(Actor actor) {
        if (!actor.is(authorUsername)) {
            throw new NotPracticeAuthor();
        }
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

    private void changeStatus(PracticeStatus next, Actor actor, Instant now, String comment) {
        history.add(new StatusChange(status, next, actor, now, comment));
        status = next;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
        version++;
    }

    // PostgreSQL keeps microseconds; truncating keeps what we return equal to what we read back.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
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

    public List<StatusChange> getHistory() {
        return List.copyOf(history);
    }
}
