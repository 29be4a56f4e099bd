package dev.praxis.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTests {

    private static final OffsetDateTime LATE_EVENING_UTC = OffsetDateTime.parse("2026-12-02T22:30:15Z");

    private final Formats formats = new Formats(messages(), ZoneId.of("Europe/Moscow"));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesDatesAndNumbersTheRussianWay() {
        LocaleContextHolder.setLocale(Locale.of("ru"));

        assertThat(formats.date(LocalDate.of(2026, 3, 9))).isEqualTo("09.03.2026");
        assertThat(formats.number(new BigDecimal("10.5"))).isEqualTo("10,5");
    }

    @Test
    void writesDatesAndNumbersTheEnglishWay() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(formats.date(LocalDate.of(2026, 3, 9))).isEqualTo("9 Mar 2026");
        assertThat(formats.dateTime(LATE_EVENING_UTC)).isEqualTo("3 Dec 2026, 01:30");
        assertThat(formats.number(new BigDecimal("12000.25"))).isEqualTo("12,000.25");
    }

    @Test
    void showsAnInstantInThePlatformsTimeZone() {
        LocaleContextHolder.setLocale(Locale.of("ru"));

        // 22:30 UTC on 2 December is already 3 December in Moscow.
        assertThat(formats.date(LATE_EVENING_UTC)).isEqualTo("03.12.2026");
        assertThat(formats.dateTime(LATE_EVENING_UTC)).isEqualTo("03.12.2026 01:30");
        assertThat(formats.preciseDateTime(LATE_EVENING_UTC)).isEqualTo("03.12.2026 01:30:15");
    }

    @Test
    void keepsEveryDigitOfAFigureAndWritesNothingForNone() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(formats.number(new BigDecimal("0.000125"))).isEqualTo("0.000125");
        assertThat(formats.number(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(formats.number(null)).isEmpty();
        assertThat(formats.date((LocalDate) null)).isEmpty();
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
