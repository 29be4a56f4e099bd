package dev.praxis.web.downstream;

import java.util.regex.Pattern;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's validation problems next to the form fields they name. Form objects use the
 * same property paths as the service's JSON ({@code title}, {@code steps[0].title}), so a field
 * maps one to one. A list the form edits as one input ({@code tags}) takes the errors of its
 * elements ({@code tags[2]}); a field the form does not have becomes a message above the form.
 */
public final class FormErrors {

    private static final Pattern ELEMENT = Pattern.compile("\\[\\d+]$");

    private FormErrors() {
    }

    public static void show(ServiceException.InputRejected rejected, BindingResult form) {
        BeanWrapper fields = PropertyAccessorFactory.forBeanPropertyAccess(form.getTarget());
        for (Problem.FieldProblem error : rejected.problem().errors()) {
            // The rule ("NotBlank", "Size"...) is the message code; the service's own text is the fallback.
            String code = error.rule() == null ? "Invalid" : error.rule();
            String field = error.field() == null ? null : formField(fields, error.field());
            if (field != null) {
                form.rejectValue(field, code, error.message());
            } else {
                form.reject(code, error.field() == null ? error.message() : error.field() + ": " + error.message());
            }
        }
        if (!form.hasErrors()) {
            form.reject("problem.invalid", rejected.problem().detail());
        }
    }

    private static String formField(BeanWrapper fields, String path) {
        if (isReadable(fields, path)) {
            return path;
        }
        String list = ELEMENT.matcher(path).replaceFirst("");
        return !list.equals(path) && isReadable(fields, list) ? list : null;
    }

    private static boolean isReadable(BeanWrapper fields, String path) {
        try {
            return fields.isReadableProperty(path);
        } catch (RuntimeException outOfRange) {
            return false;
        }
    }
}
