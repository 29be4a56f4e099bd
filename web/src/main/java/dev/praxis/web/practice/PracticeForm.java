package dev.praxis.web.practice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;

/**
 * The author's practice form. A mutable bean because Spring binds indexed fields
 * ({@code steps[3].title}) into a growing list; property paths match the registry's JSON, so
 * its validation errors land on the right field. Tags are one comma-separated input. Every
 * {@code ...En} field is the optional English version of the text beside it.
 */
public class PracticeForm {

    static final int MAX_STEPS = 50;
    static final int MAX_EFFECTS = 20;
    private static final int BLANK_ROWS = 2;

    /** A row of one of the form's lists; blank rows are not sent to the registry. */
    interface Row {
        boolean isBlank();
    }

    /**
     * The lists the author edits row by row, by the name their buttons use
     * ({@code add-step}, {@code remove-partner:2}), the id prefix of their rows and their limit.
     */
    enum Rows {
        STEP("step", "steps", MAX_STEPS), EFFECT("effect", "effects", MAX_EFFECTS),
        PARTNER("partner", "partners", 20), MEMBER("member", "team", 20), SOURCE("source", "fundingSources", 4);

        final String name;
        final String field;
        final int limit;

        Rows(String name, String field, int limit) {
            this.name = name;
            this.field = field;
            this.limit = limit;
        }

        static Rows named(String name) {
            return Arrays.stream(values()).filter(rows -> rows.name.equals(name)).findFirst().orElse(null);
        }
    }

    private String title;
    private String titleEn;
    private String summary;
    private String summaryEn;
    private String regionCode;
    private String municipality;
    private String directionCode;
    private String tags;
    private String language = "ru";
    private String authorOrganisation;
    private String authorOrganisationEn;
    private Integer startYear;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    private Integer endYear;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private BigDecimal budget;
    private String currency = "RUB";
    private String audience;
    private String audienceEn;
    private Integer reach;
    private String problem;
    private String problemEn;
    private String goal;
    private String goalEn;
    private String solution;
    private String solutionEn;
    private String risks;
    private String risksEn;
    private String dos;
    private String dosEn;
    private String donts;
    private String dontsEn;
    private ResourcesForm resources = new ResourcesForm();
    private List<MemberForm> team = new ArrayList<>();
    private List<SourceForm> fundingSources = new ArrayList<>();
    private List<PartnerForm> partners = new ArrayList<>();
    private List<StepForm> steps = new ArrayList<>();
    private List<EffectForm> effects = new ArrayList<>();

    static PracticeForm blank() {
        var form = new PracticeForm();
        form.addBlankRows(BLANK_ROWS + 1);
        return form;
    }

    static PracticeForm of(Practice practice) {
        var form = new PracticeForm();
        form.title = practice.title();
        form.titleEn = practice.titleEn();
        form.summary = practice.summary();
        form.summaryEn = practice.summaryEn();
        form.regionCode = practice.regionCode();
        form.municipality = practice.municipality();
        form.directionCode = practice.directionCode();
        form.tags = String.join(", ", practice.tags());
        form.language = practice.language() == null ? "ru" : practice.language();
        form.authorOrganisation = practice.authorOrganisation();
        form.authorOrganisationEn = practice.authorOrganisationEn();
        form.startYear = practice.startYear();
        form.startDate = practice.startDate();
        form.endYear = practice.endYear();
        form.endDate = practice.endDate();
        form.budget = practice.budget();
        form.currency = practice.currency();
        form.audience = practice.audience();
        form.audienceEn = practice.audienceEn();
        form.reach = practice.reach();
        form.problem = practice.problem();
        form.problemEn = practice.problemEn();
        form.goal = practice.goal();
        form.goalEn = practice.goalEn();
        form.solution = practice.solution();
        form.solutionEn = practice.solutionEn();
        form.risks = practice.risks();
        form.risksEn = practice.risksEn();
        form.dos = practice.dos();
        form.dosEn = practice.dosEn();
        form.donts = practice.donts();
        form.dontsEn = practice.dontsEn();
        form.resources = ResourcesForm.of(practice.resources());
        practice.team().forEach(member -> form.team.add(MemberForm.of(member)));
        practice.fundingSources().forEach(source -> form.fundingSources.add(SourceForm.of(source)));
        practice.partners().forEach(partner -> form.partners.add(PartnerForm.of(partner)));
        practice.steps().forEach(step -> form.steps.add(StepForm.of(step)));
        practice.effects().forEach(effect -> form.effects.add(EffectForm.of(effect)));
        form.addBlankRows(BLANK_ROWS);
        return form;
    }

    /** Drops the rows the author left empty, so row indexes match what the registry receives. */
    void dropBlankRows() {
        for (var rows : Rows.values()) {
            list(rows).removeIf(row -> row == null || row.isBlank());
        }
    }

    /** After a failed save, offers the blank rows again below the author's steps and effects. */
    void offerBlankRows() {
        addBlankRows(BLANK_ROWS);
    }

    void addStep() {
        add(Rows.STEP);
    }

    void addEffect() {
        add(Rows.EFFECT);
    }

    /** Adds an empty row at the end; returns the 1-based number of the new row (of the last one at the limit). */
    int add(Rows rows) {
        List<Row> list = list(rows);
        if (list.size() >= rows.limit) {
            return list.size();
        }
        list.add(newRow(rows));
        return list.size();
    }

    /** Removes row {@code index} (0-based); returns the 1-based number of the row now in its place, or of the last. */
    int remove(Rows rows, int index) {
        List<Row> list = list(rows);
        if (index < 0 || index >= list.size()) {
            return 0;
        }
        list.remove(index);
        return Math.min(index + 1, list.size());
    }

    /** Moves row {@code index} (0-based) one place up or down; returns its new 1-based number. */
    int move(Rows rows, int index, int by) {
        List<Row> list = list(rows);
        int to = index + by;
        if (index < 0 || index >= list.size() || to < 0 || to >= list.size()) {
            return index + 1;
        }
        Collections.swap(list, index, to);
        return to + 1;
    }

    public boolean canAddStep() {
        return steps.size() < MAX_STEPS;
    }

    public boolean canAddEffect() {
        return effects.size() < MAX_EFFECTS;
    }

    /** For the template: whether another row of {@code rows} (its button name) fits. */
    public boolean canAdd(String rows) {
        var kind = Rows.named(rows);
        return kind != null && list(kind).size() < kind.limit;
    }

    /** For the template: the fragment a row button leads to, so the page keeps its place without JavaScript. */
    public String anchorAfter(String action) {
        var row = RowAction.parse(action);
        return row == null ? "" : row.anchorIn(list(row.rows()).size());
    }

    @SuppressWarnings("unchecked")
    private List<Row> list(Rows rows) {
        return (List<Row>) (List<?>) switch (rows) {
            case STEP -> steps;
            case EFFECT -> effects;
            case PARTNER -> partners;
            case MEMBER -> team;
            case SOURCE -> fundingSources;
        };
    }

    private static Row newRow(Rows rows) {
        Supplier<Row> row = switch (rows) {
            case STEP -> StepForm::new;
            case EFFECT -> EffectForm::new;
            case PARTNER -> PartnerForm::new;
            case MEMBER -> MemberForm::new;
            case SOURCE -> SourceForm::new;
        };
        return row.get();
    }

    PracticeDraft toDraft() {
        return new PracticeDraft(text(title), text(titleEn), text(summary), text(summaryEn), regionCode,
                text(municipality), directionCode, tagList(), language, text(authorOrganisation),
                text(authorOrganisationEn), team.stream().map(MemberForm::toDraft).toList(), startYear, startDate,
                endYear, endDate, budget, text(currency), fundingSources.stream().map(SourceForm::toDraft).toList(),
                partners.stream().map(PartnerForm::toDraft).toList(), text(audience), text(audienceEn), reach,
                text(problem), text(problemEn), text(goal), text(goalEn), text(solution), text(solutionEn),
                steps.stream().map(StepForm::toDraft).toList(), resources == null ? null : resources.toDraft(),
                effects.stream().map(EffectForm::toDraft).toList(), text(risks), text(risksEn), text(dos),
                text(dosEn), text(donts), text(dontsEn));
    }

    /** The comma-separated input as the registry's list; it removes duplicates and checks lengths itself. */
    private List<String> tagList() {
        if (tags == null) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).map(String::strip).filter(StringUtils::hasText).toList();
    }

    private void addBlankRows(int rows) {
        for (int i = 0; i < rows && canAddStep(); i++) {
            steps.add(new StepForm());
        }
        // One spare effect row: most practices report a few indicators at most.
        if (canAddEffect()) {
            effects.add(new EffectForm());
        }
    }

    /** Trimmed; blank is absent. */
    private static String text(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getDirectionCode() {
        return directionCode;
    }

    public void setDirectionCode(String directionCode) {
        this.directionCode = directionCode;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAuthorOrganisation() {
        return authorOrganisation;
    }

    public void setAuthorOrganisation(String authorOrganisation) {
        this.authorOrganisation = authorOrganisation;
    }

    public String getAuthorOrganisationEn() {
        return authorOrganisationEn;
    }

    public void setAuthorOrganisationEn(String authorOrganisationEn) {
        this.authorOrganisationEn = authorOrganisationEn;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(Integer endYear) {
        this.endYear = endYear;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getAudienceEn() {
        return audienceEn;
    }

    public void setAudienceEn(String audienceEn) {
        this.audienceEn = audienceEn;
    }

    public Integer getReach() {
        return reach;
    }

    public void setReach(Integer reach) {
        this.reach = reach;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getProblemEn() {
        return problemEn;
    }

    public void setProblemEn(String problemEn) {
        this.problemEn = problemEn;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getGoalEn() {
        return goalEn;
    }

    public void setGoalEn(String goalEn) {
        this.goalEn = goalEn;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getSolutionEn() {
        return solutionEn;
    }

    public void setSolutionEn(String solutionEn) {
        this.solutionEn = solutionEn;
    }

    public String getRisks() {
        return risks;
    }

    public void setRisks(String risks) {
        this.risks = risks;
    }

    public String getRisksEn() {
        return risksEn;
    }

    public void setRisksEn(String risksEn) {
        this.risksEn = risksEn;
    }

    public String getDos() {
        return dos;
    }

    public void setDos(String dos) {
        this.dos = dos;
    }

    public String getDosEn() {
        return dosEn;
    }

    public void setDosEn(String dosEn) {
        this.dosEn = dosEn;
    }

    public String getDonts() {
        return donts;
    }

    public void setDonts(String donts) {
        this.donts = donts;
    }

    public String getDontsEn() {
        return dontsEn;
    }

    public void setDontsEn(String dontsEn) {
        this.dontsEn = dontsEn;
    }

    public ResourcesForm getResources() {
        return resources;
    }

    public void setResources(ResourcesForm resources) {
        this.resources = resources;
    }

    public List<MemberForm> getTeam() {
        return team;
    }

    public void setTeam(List<MemberForm> team) {
        this.team = team;
    }

    public List<SourceForm> getFundingSources() {
        return fundingSources;
    }

    public void setFundingSources(List<SourceForm> fundingSources) {
        this.fundingSources = fundingSources;
    }

    public List<PartnerForm> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerForm> partners) {
        this.partners = partners;
    }

    public List<StepForm> getSteps() {
        return steps;
    }

    public void setSteps(List<StepForm> steps) {
        this.steps = steps;
    }

    public List<EffectForm> getEffects() {
        return effects;
    }

    public void setEffects(List<EffectForm> effects) {
        this.effects = effects;
    }

    /** What another region needs: money, staff, IT and legal acts. */
    public static class ResourcesForm {

        private String money;
        private String moneyEn;
        private String staff;
        private String staffEn;
        private String it;
        private String itEn;
        private String legalActs;
        private String legalActsEn;

        public ResourcesForm() {
        }

        static ResourcesForm of(Practice.Resources given) {
            var row = new ResourcesForm();
            row.money = given.money();
            row.moneyEn = given.moneyEn();
            row.staff = given.staff();
            row.staffEn = given.staffEn();
            row.it = given.it();
            row.itEn = given.itEn();
            row.legalActs = given.legalActs();
            row.legalActsEn = given.legalActsEn();
            return row;
        }

        boolean isBlank() {
            return !StringUtils.hasText(money) && !StringUtils.hasText(moneyEn) && !StringUtils.hasText(staff) && !StringUtils.hasText(staffEn) && !StringUtils.hasText(it) && !StringUtils.hasText(itEn) && !StringUtils.hasText(legalActs) && !StringUtils.hasText(legalActsEn);
        }

        PracticeDraft.Resources toDraft() {
            return new PracticeDraft.Resources(text(money), text(moneyEn), text(staff), text(staffEn), text(it), text(itEn), text(legalActs), text(legalActsEn));
        }

        public String getMoney() {
            return money;
        }

        public void setMoney(String money) {
            this.money = money;
        }

        public String getMoneyEn() {
            return moneyEn;
        }

        public void setMoneyEn(String moneyEn) {
            this.moneyEn = moneyEn;
        }

        public String getStaff() {
            return staff;
        }

        public void setStaff(String staff) {
            this.staff = staff;
        }

        public String getStaffEn() {
            return staffEn;
        }

        public void setStaffEn(String staffEn) {
            this.staffEn = staffEn;
        }

        public String getIt() {
            return it;
        }

        public void setIt(String it) {
            this.it = it;
        }

        public String getItEn() {
            return itEn;
        }

        public void setItEn(String itEn) {
            this.itEn = itEn;
        }

        public String getLegalActs() {
            return legalActs;
        }

        public void setLegalActs(String legalActs) {
            this.legalActs = legalActs;
        }

        public String getLegalActsEn() {
            return legalActsEn;
        }

        public void setLegalActsEn(String legalActsEn) {
            this.legalActsEn = legalActsEn;
        }
    }

    /** A member of the author team; e-mail and phone are shown to signed-in users only. */
    public static class MemberForm implements Row {

        private String name;
        private String jobTitle;
        private String jobTitleEn;
        private String email;
        private String phone;

        public MemberForm() {
        }

        static MemberForm of(Practice.TeamMember given) {
            var row = new MemberForm();
            row.name = given.name();
            row.jobTitle = given.jobTitle();
            row.jobTitleEn = given.jobTitleEn();
            row.email = given.email();
            row.phone = given.phone();
            return row;
        }

        @Override
        public boolean isBlank() {
            return !StringUtils.hasText(name) && !StringUtils.hasText(jobTitle) && !StringUtils.hasText(jobTitleEn) && !StringUtils.hasText(email) && !StringUtils.hasText(phone);
        }

        PracticeDraft.TeamMember toDraft() {
            return new PracticeDraft.TeamMember(text(name), text(jobTitle), text(jobTitleEn), text(email), text(phone));
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getJobTitle() {
            return jobTitle;
        }

        public void setJobTitle(String jobTitle) {
            this.jobTitle = jobTitle;
        }

        public String getJobTitleEn() {
            return jobTitleEn;
        }

        public void setJobTitleEn(String jobTitleEn) {
            this.jobTitleEn = jobTitleEn;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    /** A funding source and its share of the budget, in percent. */
    public static class SourceForm implements Row {

        private String kind;
        private BigDecimal sharePercent;

        public SourceForm() {
        }

        static SourceForm of(Practice.FundingSource given) {
            var row = new SourceForm();
            row.kind = given.kind();
            row.sharePercent = given.sharePercent();
            return row;
        }

        @Override
        public boolean isBlank() {
            return !StringUtils.hasText(kind) && sharePercent == null;
        }

        PracticeDraft.FundingSource toDraft() {
            return new PracticeDraft.FundingSource(text(kind), sharePercent);
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public BigDecimal getSharePercent() {
            return sharePercent;
        }

        public void setSharePercent(BigDecimal sharePercent) {
            this.sharePercent = sharePercent;
        }
    }

    /** A partner organisation and its role. */
    public static class PartnerForm implements Row {

        private String name;
        private String nameEn;
        private String role;
        private String roleEn;

        public PartnerForm() {
        }

        static PartnerForm of(Practice.Partner given) {
            var row = new PartnerForm();
            row.name = given.name();
            row.nameEn = given.nameEn();
            row.role = given.role();
            row.roleEn = given.roleEn();
            return row;
        }

        @Override
        public boolean isBlank() {
            return !StringUtils.hasText(name) && !StringUtils.hasText(nameEn) && !StringUtils.hasText(role) && !StringUtils.hasText(roleEn);
        }

        PracticeDraft.Partner toDraft() {
            return new PracticeDraft.Partner(text(name), text(nameEn), text(role), text(roleEn));
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getRoleEn() {
            return roleEn;
        }

        public void setRoleEn(String roleEn) {
            this.roleEn = roleEn;
        }
    }

    /** One row of the algorithm: what is done, by whom, how long, with what, yielding what, measured how. */
    public static class StepForm implements Row {

        private UUID key;
        private String title;
        private String titleEn;
        private String description;
        private String descriptionEn;
        private String responsible;
        private String responsibleEn;
        private Integer durationDays;
        private String resources;
        private String resourcesEn;
        private String documents;
        private String documentsEn;
        private String kpi;
        private String kpiEn;

        /** A new row gets its stable key when it appears on the form, so autosaves do not change it. */
        public StepForm() {
            key = UUID.randomUUID();
        }

        static StepForm of(Practice.Step given) {
            var row = new StepForm();
            row.key = given.key();
            row.title = given.title();
            row.titleEn = given.titleEn();
            row.description = given.description();
            row.descriptionEn = given.descriptionEn();
            row.responsible = given.responsible();
            row.responsibleEn = given.responsibleEn();
            row.durationDays = given.durationDays();
            row.resources = given.resources();
            row.resourcesEn = given.resourcesEn();
            row.documents = given.documents();
            row.documentsEn = given.documentsEn();
            row.kpi = given.kpi();
            row.kpiEn = given.kpiEn();
            return row;
        }

        @Override
        public boolean isBlank() {
            return !StringUtils.hasText(title) && !StringUtils.hasText(titleEn) && !StringUtils.hasText(description) && !StringUtils.hasText(descriptionEn) && !StringUtils.hasText(responsible) && !StringUtils.hasText(responsibleEn) && durationDays == null && !StringUtils.hasText(resources) && !StringUtils.hasText(resourcesEn) && !StringUtils.hasText(documents) && !StringUtils.hasText(documentsEn) && !StringUtils.hasText(kpi) && !StringUtils.hasText(kpiEn);
        }

        PracticeDraft.Step toDraft() {
            return new PracticeDraft.Step(key, text(title), text(titleEn), text(description), text(descriptionEn), text(responsible), text(responsibleEn), durationDays, text(resources), text(resourcesEn), text(documents), text(documentsEn), text(kpi), text(kpiEn));
        }

        public UUID getKey() {
            return key;
        }

        public void setKey(UUID key) {
            this.key = key;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getDescriptionEn() {
            return descriptionEn;
        }

        public void setDescriptionEn(String descriptionEn) {
            this.descriptionEn = descriptionEn;
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = responsible;
        }

        public String getResponsibleEn() {
            return responsibleEn;
        }

        public void setResponsibleEn(String responsibleEn) {
            this.responsibleEn = responsibleEn;
        }

        public Integer getDurationDays() {
            return durationDays;
        }

        public void setDurationDays(Integer durationDays) {
            this.durationDays = durationDays;
        }

        public String getResources() {
            return resources;
        }

        public void setResources(String resources) {
            this.resources = resources;
        }

        public String getResourcesEn() {
            return resourcesEn;
        }

        public void setResourcesEn(String resourcesEn) {
            this.resourcesEn = resourcesEn;
        }

        public String getDocuments() {
            return documents;
        }

        public void setDocuments(String documents) {
            this.documents = documents;
        }

        public String getDocumentsEn() {
            return documentsEn;
        }

        public void setDocumentsEn(String documentsEn) {
            this.documentsEn = documentsEn;
        }

        public String getKpi() {
            return kpi;
        }

        public void setKpi(String kpi) {
            this.kpi = kpi;
        }

        public String getKpiEn() {
            return kpiEn;
        }

        public void setKpiEn(String kpiEn) {
            this.kpiEn = kpiEn;
        }
    }

    /** One row of the effects: an indicator before and after, its period and evidence. */
    public static class EffectForm implements Row {

        private UUID key;
        private String indicator;
        private String indicatorEn;
        private String unit;
        private String unitEn;
        private BigDecimal before;
        private BigDecimal after;
        private String period;
        private String periodEn;
        private String evidenceUrl;
        private String evidence;
        private String evidenceEn;

        /** A new row gets its stable key when it appears on the form, so autosaves do not change it. */
        public EffectForm() {
            key = UUID.randomUUID();
        }

        static EffectForm of(Practice.Effect given) {
            var row = new EffectForm();
            row.key = given.key();
            row.indicator = given.indicator();
            row.indicatorEn = given.indicatorEn();
            row.unit = given.unit();
            row.unitEn = given.unitEn();
            row.before = given.before();
            row.after = given.after();
            row.period = given.period();
            row.periodEn = given.periodEn();
            row.evidenceUrl = given.evidenceUrl();
            row.evidence = given.evidence();
            row.evidenceEn = given.evidenceEn();
            return row;
        }

        @Override
        public boolean isBlank() {
            return !StringUtils.hasText(indicator) && !StringUtils.hasText(indicatorEn) && !StringUtils.hasText(unit) && !StringUtils.hasText(unitEn) && before == null && after == null && !StringUtils.hasText(period) && !StringUtils.hasText(periodEn) && !StringUtils.hasText(evidenceUrl) && !StringUtils.hasText(evidence) && !StringUtils.hasText(evidenceEn);
        }

        PracticeDraft.Effect toDraft() {
            return new PracticeDraft.Effect(key, text(indicator), text(indicatorEn), text(unit), text(unitEn), before, after, text(period), text(periodEn), text(evidenceUrl), text(evidence), text(evidenceEn));
        }

        public UUID getKey() {
            return key;
        }

        public void setKey(UUID key) {
            this.key = key;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public String getIndicatorEn() {
            return indicatorEn;
        }

        public void setIndicatorEn(String indicatorEn) {
            this.indicatorEn = indicatorEn;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getUnitEn() {
            return unitEn;
        }

        public void setUnitEn(String unitEn) {
            this.unitEn = unitEn;
        }

        public BigDecimal getBefore() {
            return before;
        }

        public void setBefore(BigDecimal before) {
            this.before = before;
        }

        public BigDecimal getAfter() {
            return after;
        }

        public void setAfter(BigDecimal after) {
            this.after = after;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public String getPeriodEn() {
            return periodEn;
        }

        public void setPeriodEn(String periodEn) {
            this.periodEn = periodEn;
        }

        public String getEvidenceUrl() {
            return evidenceUrl;
        }

        public void setEvidenceUrl(String evidenceUrl) {
            this.evidenceUrl = evidenceUrl;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public String getEvidenceEn() {
            return evidenceEn;
        }

        public void setEvidenceEn(String evidenceEn) {
            this.evidenceEn = evidenceEn;
        }
    }
}
