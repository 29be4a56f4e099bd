package dev.praxis.registry.reference;

import org.mapstruct.Named;
import org.springframework.stereotype.Component;

/** Display names by code, for the MapStruct mappers of other features (Russian first). */
@Component
public class ReferenceNames {

    private final ReferenceData referenceData;

    ReferenceNames(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @Named("regionName")
    public String regionName(String regionCode) {
        return referenceData.region(regionCode).getNameRu();
    }

    @Named("federalDistrict")
    public String federalDistrict(String regionCode) {
        return referenceData.region(regionCode).getFederalDistrict();
    }

    @Named("directionName")
    public String directionName(String directionCode) {
        return referenceData.direction(directionCode).getNameRu();
    }
}
