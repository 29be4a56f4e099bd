package dev.praxis.registry.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A federal subject of Russia, identified by its ISO 3166-2:RU style code such as {@code RU-KGD}. */
@Entity
@Immutable
@Table(name = "regions")
public class Region {

    @Id
    private String code;
    private String nameRu;
    private String nameEn;
    private String federalDistrict;
    private String federalDistrictEn;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getFederalDistrict() {
        return federalDistrict;
    }

    public String getFederalDistrictEn() {
        return federalDistrictEn;
    }
}
