package dev.praxis.web.practice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.StringUtils;

/**
 * The author's practice form. A mutable bean because Spring binds indexed fields
 * ({@code steps[3].title}) into a growing list; property paths match the registry's JSON, so
 * its validation errors land on the right field. Tags are one comma-separated input.
 */
public class PracticeForm {

    static final int MAX_STEPS = 50;
    static final int MAX_EFFECTS = 20;
    private static final int BLANK_ROWS = 2;

    private String title;
    private String summary;
    private String regionCode;
    private String municipality;
    private String directionCode;
    private String tags;
    private Integer startYear;
    private BigDecimal budgetRub;
    private String language = "ru";
    private String problem;
    private String solution;
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
        form.summary = practice.summary();
        form.regionCode = practice.regionCode();
        form.municipality = practice.municipality();
        form.directionCode = practice.directionCode();
        form.tags = String.join(", ", practice.tags());
        form.startYear = practice.startYear();
        form.budgetRub = practice.budgetRub();
        form.language = practice.language() == null ? "ru" : practice.language();
        form.problem = practice.problem();
        form.solution = practice.solution();
        practice.steps().forEach(step -> form.steps.add(new StepForm(step.title(), step.description(),
                step.responsible(), step.durationDays())));
        practice.effects().forEach(effect -> form.effects.add(new EffectForm(effect.indicator(), effect.unit(),
                effect.before(), effect.after())));
        form.addBlankRows(BLANK_ROWS);
        return form;
    }

    /** Drops the rows the author left empty, so row indexes match what the registry receives. */
    void dropBlankRows() {
        steps.removeIf(step -> step == null || step.isBlank());
        effects.removeIf(effect -> effect == null || effect.isBlank());
    }

    /** After a failed save, offers the blank rows again below the author's steps and effects. */
    void offerBlankRows() {
        addBlankRows(BLANK_ROWS);
    }

    void addStep() {
        if (canAddStep()) {
            steps.add(new StepForm());
        }
    }

    void addEffect() {
        if (canAddEffect()) {
            effects.add(new EffectForm());
        }
    }

    public boolean canAddStep() {
        return steps.size() < MAX_STEPS;
    }

    public boolean canAddEffect() {
        return effects.size() < MAX_EFFECTS;
    }

    PracticeDraft toDraft() {
        return new PracticeDraft(trim(title), blankToNull(summary), regionCode, blankToNull(municipality),
                directionCode, tagList(), startYear, budgetRub, trim(problem), trim(solution), language,
                steps.stream().map(StepForm::toDraft).toList(), effects.stream().map(EffectForm::toDraft).toList());
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

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return StringUtils.hasText(value) ? value.strip() : null;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getDirectionCode() {
        return directionCode;
    }

    public void setDirectionCode(String directionCode) {
        this.directionCode = directionCode;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getSolution() {
        return solution;
    }

    public void setSolution(String solution) {
        this.solution = solution;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public BigDecimal getBudgetRub() {
        return budgetRub;
    }

    public void setBudgetRub(BigDecimal budgetRub) {
        this.budgetRub = budgetRub;
    }

    public List<EffectForm> getEffects() {
        return effects;
    }

    public void setEffects(List<EffectForm> effects) {
        this.effects = effects;
    }

    public List<StepForm> getSteps() {
        return steps;
    }

    public void setSteps(List<StepForm> steps) {
        this.steps = steps;
    }

    /** One row of the algorithm table on the form. */
    public static class StepForm {

        private String title;
        private String description;
        private String responsible;
        private Integer durationDays;

        public StepForm() {
        }

        StepForm(String title, String description, String responsible, Integer durationDays) {
            this.title = title;
            this.description = description;
            this.responsible = responsible;
            this.durationDays = durationDays;
        }

        boolean isBlank() {
            return !StringUtils.hasText(title) && !StringUtils.hasText(description)
                    && !StringUtils.hasText(responsible) && durationDays == null;
        }

        PracticeDraft.Step toDraft() {
            return new PracticeDraft.Step(trim(title), trim(description), trim(responsible), durationDays);
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = responsible;
        }

        public Integer getDurationDays() {
            return durationDays;
        }

        public void setDurationDays(Integer durationDays) {
            this.durationDays = durationDays;
        }
    }

    /** One row of the effects table: an indicator before and after the practice. */
    public static class EffectForm {

        private String indicator;
        private String unit;
        private BigDecimal before;
        private BigDecimal after;

        public EffectForm() {
        }

        EffectForm(String indicator, String unit, BigDecimal before, BigDecimal after) {
            this.indicator = indicator;
            this.unit = unit;
            this.before = before;
            this.after = after;
        }

        boolean isBlank() {
            return !StringUtils.hasText(indicator) && !StringUtils.hasText(unit) && before == null && after == null;
        }

        PracticeDraft.Effect toDraft() {
            return new PracticeDraft.Effect(trim(indicator), blankToNull(unit), before, after);
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
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
    }
}
