package dev.praxis.web.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Locale;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Region(String code, String nameRu, String nameEn, String federalDistrict, String federalDistrictEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameRu;
    }

    public String federalDistrict(Locale locale) {
        return "en".equals(locale.getLanguage()) && federalDistrictEn != null ? federalDistrictEn : federalDistrict;
    }
}
