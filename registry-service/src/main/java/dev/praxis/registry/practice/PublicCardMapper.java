package dev.praxis.registry.practice;

import dev.praxis.registry.outbox.PublicPracticeCard;
import dev.praxis.registry.reference.ReferenceNames;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.stream.IntStream;

/** The public card of an approved practice, as the search side indexes it. */
@Mapper(componentModel = "spring", uses = ReferenceNames.class)
interface PublicCardMapper {

    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    @Mapping(target = "federalDistrict", source = "regionCode", qualifiedByName = "federalDistrict")
    @Mapping(target = "directionName", source = "directionCode", qualifiedByName = "directionName")
    @Mapping(target = "publishedAt", source = "approvedAt")
    PublicPracticeCard toCard(Practice practice);

    default List<PublicPracticeCard.Step> steps(List<Step> steps) {
        return IntStream.range(0, steps.size())
                .mapToObj(i -> new PublicPracticeCard.Step(i + 1, steps.get(i).title(), steps.get(i).description()))
                .toList();
    }
}
