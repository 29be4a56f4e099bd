package dev.praxis.web.practice;

import java.util.Locale;
import org.springframework.util.StringUtils;

/**
 * Which version of a card's text a reader sees: the English one when the page is in English and
 * the author wrote one, else the text in the card's language; {@link #lang} says which it is.
 */
public final class CardTexts {

    private final boolean english;
    private final String cardLanguage;

    CardTexts(Locale locale, String cardLanguage) {
        this.english = "en".equals(locale.getLanguage());
        this.cardLanguage = cardLanguage == null ? "ru" : cardLanguage;
    }

    public String pick(String text, String englishText) {
        return english && StringUtils.hasText(englishText) ? englishText : text;
    }

    /** {@code en} when {@link #pick} chose the English version, else null (the card's own language applies). */
    public String lang(String text, String englishText) {
        return english && StringUtils.hasText(englishText) && !"en".equals(cardLanguage) ? "en" : null;
    }
}
