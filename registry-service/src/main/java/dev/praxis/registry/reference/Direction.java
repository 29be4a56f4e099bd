package dev.praxis.registry.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A thematic direction of practices, identified by a slug such as {@code business-support}. */
@Entity
@Immutable
@Table(name = "directions")
public class Direction {

    @Id
    private String code;
    private String nameRu;
    private String nameEn;

    protected Direction() {
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
}
