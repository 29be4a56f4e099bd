package dev.praxis.registry.expert;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An expert's profile, keyed by the Keycloak username. */
@Entity
@Table(name = "expert_profiles")
public class ExpertProfile implements Persistable<String> {

    @Id
    private String username;
    private String displayName;
    private String email;
    private String regionCode;
    private String organisation;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> directions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> keywords = new ArrayList<>();
    private int maxOpenReviews;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> conflictOrganisations = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> conflictRegions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> conflictPractices = new ArrayList<>();
    private long version;
    private Instant updatedAt;

    @Transient
    private boolean isNew;

    protected ExpertProfile() {
    }

    static ExpertProfile create(String username, ExpertProfileDraft draft) {
        var profile = new ExpertProfile();
        profile.username = username;
        profile.isNew = true;
        profile.version = 0;
        profile.update(draft);
        return profile;
    }

    void update(ExpertProfileDraft draft) {
        displayName = draft.displayName().strip();
        email = draft.email() == null || draft.email().isBlank() ? null : draft.email().strip();
        regionCode = draft.regionCode();
        organisation = draft.organisation().strip();
        directions = new ArrayList<>(draft.directions());
        keywords = new ArrayList<>(draft.keywords());
        maxOpenReviews = draft.maxOpenReviews();
        conflictOrganisations = new ArrayList<>(draft.conflictOrganisations());
        conflictRegions = new ArrayList<>(draft.conflictRegions());
        conflictPractices = new ArrayList<>(draft.conflictPractices());
        version++;
        updatedAt = Instant.now();
    }

    @Override
    public String getId() {
        return username;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getOrganisation() {
        return organisation;
    }

    public List<String> getDirections() {
        return List.copyOf(directions);
    }

    public List<String> getKeywords() {
        return List.copyOf(keywords);
    }

    public int getMaxOpenReviews() {
        return maxOpenReviews;
    }

    public List<String> getConflictOrganisations() {
        return List.copyOf(conflictOrganisations);
    }

    public List<String> getConflictRegions() {
        return List.copyOf(conflictRegions);
    }

    public List<UUID> getConflictPractices() {
        return List.copyOf(conflictPractices);
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
