package dev.praxis.registry.reference.web;

import dev.praxis.registry.reference.ReferenceData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1")
class ReferenceDataController {

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/regions")
    List<RegionResponse> regions() {
        return referenceData.regions().stream()
                .map(r -> new RegionResponse(r.getCode(), r.getNameRu(), r.getNameEn(), r.getFederalDistrict(),
                        r.getFederalDistrictEn()))
                .toList();
    }

    @GetMapping("/directions")
    List<DirectionResponse> directions() {
        return referenceData.directions().stream()
                .map(d -> new DirectionResponse(d.getCode(), d.getNameRu(), d.getNameEn()))
                .toList();
    }

    /** {@code federalDistrict} is the Russian name, as the search index and its facet carry it. */
    record RegionResponse(String code, String nameRu, String nameEn, String federalDistrict, String federalDistrictEn) {
    }

    record DirectionResponse(String code, String nameRu, String nameEn) {
    }
}
