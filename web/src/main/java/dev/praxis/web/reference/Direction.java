package dev.praxis.web.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Locale;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Direction(String code, String nameRu, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameRu;
    }
}
