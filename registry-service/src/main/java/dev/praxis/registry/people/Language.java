package dev.praxis.registry.people;

import java.util.Locale;

/** The languages Praxis writes in; Russian first. */
public enum Language {
    RU, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** {@code en}, {@code en-GB}, {@code en_US} are English; anything else (or nothing) is Russian. */
    static Language ofLocale(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? EN : RU;
    }

    /** The exact code {@code ru} or {@code en}; null stays null. */
    public static Language ofCode(String code) {
        return code == null ? null : valueOf(code.toUpperCase(Locale.ROOT));
    }
}
