package dev.praxis.web.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Dates and numbers as the page's language writes them ({@code 03.12.2026} and {@code 10,5} in
 * Russian, {@code 3 Dec 2026} and {@code 10.5} in English), in every page's model as {@code formats}.
 * The services send instants in UTC; a visitor reads them in the platform's time zone
 * ({@code praxis.time-zone}).
 */
@ControllerAdvice
public class Formats {

    private final MessageSource messages;
    private final ZoneId zone;

    Formats(MessageSource messages, @Value("${praxis.time-zone:Europe/Moscow}") ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    @ModelAttribute("formats")
    Formats formats() {
        return this;
    }

    public String date(LocalDate date) {
        return date == null ? "" : pattern("format.date").format(date);
    }

    public String date(OffsetDateTime instant) {
        return inZone(instant, "format.date");
    }

    public String dateTime(OffsetDateTime instant) {
        return inZone(instant, "format.date-time");
    }

    /** To the second, for the progress of work such as a search index rebuild. */
    public String preciseDateTime(OffsetDateTime instant) {
        return inZone(instant, "format.precise-date-time");
    }

    /** An effect's figure as entered: no rounding, no trailing zeros, the language's decimal mark. */
    public String number(BigDecimal number) {
        if (number == null) {
            return "";
        }
        BigDecimal asEntered = number.stripTrailingZeros();
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(Math.max(asEntered.scale(), 0));
        return format.format(asEntered);
    }

    private String inZone(OffsetDateTime instant, String patternCode) {
        return instant == null ? "" : pattern(patternCode).format(instant.atZoneSameInstant(zone));
    }

    private DateTimeFormatter pattern(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage(code, null, locale), locale);
    }
}
