package dev.praxis.web.practice;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.StringUtils;

/**
 * The author's practice form. A mutable bean because Spring binds indexed fields
 * ({@code steps[3].title}) into a growing list; property paths match the registry's JSON, so
 * its validation errors land on the right field.
 */
public class PracticeForm {

    static final int MAX_STEPS = 50;
    private static final int BLANK_ROWS = 2;

    private String title;
    private String regionCode;
    private String directionCode;
    private String language = "ru";
    private String problem;
    private String solution;
    private List<StepForm> steps = new ArrayList<>();

    static PracticeForm blank() {
        var form = new PracticeForm();
        form.addBlankRows(BLANK_ROWS + 1);
        return form;
    }

    static PracticeForm of(Practice practice) {
        var form = new PracticeForm();
        form.title = practice.title();
        form.regionCode = practice.regionCode();
        form.directionCode = practice.directionCode();
        form.language = practice.language() == null ? "ru" : practice.language();
        form.problem = practice.problem();
        form.solution = practice.solution();
        practice.steps().forEach(step -> form.steps.add(new StepForm(step.title(), step.description(),
                step.responsible(), step.durationDays())));
        form.addBlankRows(BLANK_ROWS);
        return form;
    }

    /** Drops the rows the author left empty, so row indexes match what the registry receives. */
    void dropBlankSteps() {
        steps.removeIf(step -> step == null || step.isBlank());
    }

    /** After a failed save, offers the blank rows again below the author's steps. */
    void offerBlankRows() {
        addBlankRows(BLANK_ROWS);
    }

    void addStep() {
        addBlankRows(1);
    }

    public boolean canAddStep() {
        return steps.size() < MAX_STEPS;
    }

    PracticeDraft toDraft() {
        return new PracticeDraft(trim(title), regionCode, directionCode, trim(problem), trim(solution), language,
                steps.stream().map(StepForm::toDraft).toList());
    }

    private void addBlankRows(int rows) {
        for (int i = 0; i < rows && steps.size() < MAX_STEPS; i++) {
            steps.add(new StepForm());
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
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
}
