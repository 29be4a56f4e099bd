package dev.praxis.registry.outbox;

import dev.praxis.registry.practice.Effect;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.Step;
import dev.praxis.registry.reference.ReferenceNames;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.stream.IntStream;

/** The card the search side indexes, as of the practice's current version. */
@Mapper(componentModel = "spring", uses = ReferenceNames.class)
interface PracticeCardMapper {

    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    @Mapping(target = "federalDistrict", source = "regionCode", qualifiedByName = "federalDistrict")
    @Mapping(target = "directionName", source = "directionCode", qualifiedByName = "directionName")
    @Mapping(target = "publishedAt", source = "approvedAt")
    @Mapping(target = "expertScore", ignore = true) // no reviews yet
    PracticeCard toCard(Practice practice);

    PracticeCard.Effect effect(Effect effect);

    default List<PracticeCard.Step> steps(List<Step> steps) {
        return IntStream.range(0, steps.size())
                .mapToObj(i -> new PracticeCard.Step(i + 1, steps.get(i).title(), steps.get(i).description()))
                .toList();
    }
}
