package dev.praxis.web.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

class FormErrorsTests {

    /** Shaped like the practice form: plain fields, tags as one input and an indexed list of steps. */
    public static class Form {
        private String title;
        private String tags;
        private List<Step> steps = new ArrayList<>(List.of(new Step(), new Step()));

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getTags() {
            return tags;
        }

        public void setTags(String tags) {
            this.tags = tags;
        }

        public List<Step> getSteps() {
            return steps;
        }

        public void setSteps(List<Step> steps) {
            this.steps = steps;
        }
    }

    public static class Step {
        private String title;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    private final BeanPropertyBindingResult form = new BeanPropertyBindingResult(new Form(), "form");

    @Test
    void putsAnIndexedStepErrorOnThatStepsField() {
        FormErrors.show(rejected(new Problem.FieldProblem("steps[1].title", "NotBlank", "must not be blank")), form);

        FieldError error = form.getFieldError("steps[1].title");
        assertThat(error).isNotNull();
        assertThat(error.getCodes()).contains("NotBlank");
        assertThat(error.getDefaultMessage()).isEqualTo("must not be blank");
        assertThat(form.getFieldErrorCount("steps[0].title")).isZero();
    }

    @Test
    void putsAPlainFieldErrorOnTheField() {
        FormErrors.show(rejected(new Problem.FieldProblem("title", "Size", "size must be between 0 and 200")), form);

        assertThat(form.getFieldError("title").getCodes()).contains("Size.form.title", "Size");
    }

    @Test
    void putsAnErrorOfOneTagOnTheTagsInput() {
        FormErrors.show(rejected(new Problem.FieldProblem("tags[2]", "Size", "size must be between 1 and 50")), form);

        assertThat(form.getFieldError("tags").getCodes()).contains("Size");
        assertThat(form.getGlobalErrors()).isEmpty();
    }

    @Test
    void showsAFieldTheFormDoesNotHaveAboveTheForm() {
        FormErrors.show(rejected(new Problem.FieldProblem("steps[7].title", "NotBlank", "must not be blank"),
                new Problem.FieldProblem("version", "Min", "too small")), form);

        assertThat(form.getFieldErrors()).isEmpty();
        assertThat(form.getGlobalErrors()).extracting(ObjectError::getDefaultMessage)
                .containsExactly("steps[7].title: must not be blank", "version: too small");
    }

    @Test
    void showsAProblemWithoutFieldsAsAGeneralError() {
        FormErrors.show(new ServiceException.InputRejected(
                new Problem(null, "Invalid request", "Malformed body", null, null, null, List.of())), form);

        assertThat(form.getGlobalError().getCodes()).contains("problem.invalid");
    }

    private static ServiceException.InputRejected rejected(Problem.FieldProblem... errors) {
        return new ServiceException.InputRejected(new Problem("https://praxis.dev/problems/validation",
                "Invalid request", null, null, null, null, List.of(errors)));
    }
}
