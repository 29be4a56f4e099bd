package dev.praxis.web.replication;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The replication request form; property names are those of the registry's request body, so
 * its validation errors land next to the right field.
 */
public class ReplicationForm {

    private String regionCode;
    private String targetMunicipality;
    private String reason;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedStart;

    NewReplication toRequest(UUID practiceId) {
        return new NewReplication(practiceId, regionCode, trim(targetMunicipality), trim(reason), plannedStart);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getTargetMunicipality() {
        return targetMunicipality;
    }

    public void setTargetMunicipality(String targetMunicipality) {
        this.targetMunicipality = targetMunicipality;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    record NewReplication(UUID practiceId, String regionCode, String targetMunicipality, String reason,
            LocalDate plannedStart) {
    }
}
