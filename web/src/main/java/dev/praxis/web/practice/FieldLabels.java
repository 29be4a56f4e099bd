package dev.praxis.web.practice;

import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of a practice form field by its property path, in the reader's language: the form's
 * labels and the error summary's links read the same words. {@code steps[3].title} is labelled by
 * {@code label.steps.title}; an English version ({@code titleEn}) by its text's label and
 * {@code label.english}; in the summary a row's field is prefixed by its row ({@code row.steps}).
 */
@Component("practiceFieldLabels")
public class FieldLabels {

    private static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)]\\.?");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The field's label on the form. */
    public String of(String path) {
        var locale = LocaleContextHolder.getLocale();
        var key = INDEX.matcher(path).replaceAll("");
        var label = messages.getMessage("label." + key, null, null, locale);
        if (label == null && key.endsWith("En")) {
            var text = messages.getMessage("label." + key.substring(0, key.length() - 2), null, null, locale);
            if (text != null) {
                return messages.getMessage("label.english", new Object[] {text}, locale);
            }
        }
        return label == null ? path : label;
    }

    /** The field's label in the error summary: a row's field names its row too. */
    public String inSummary(String path) {
        var row = ROW.matcher(path);
        if (!row.find() || row.end() == path.length()) {
            return of(path);
        }
        var locale = LocaleContextHolder.getLocale();
        var number = Integer.parseInt(row.group(2)) + 1;
        var prefix = messages.getMessage("row." + row.group(1), new Object[] {number}, row.group(1) + " " + number, locale);
        return prefix + ", " + of(path);
    }

    /** The id Thymeleaf gives the input of a path: {@code steps[3].title} is {@code steps3.title}. */
    public String id(String path) {
        return path.replace("[", "").replace("]", "");
    }
}
