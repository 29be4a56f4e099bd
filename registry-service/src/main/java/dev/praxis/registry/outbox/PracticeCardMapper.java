package dev.praxis.registry.outbox;

import dev.praxis.registry.practice.DraftRules;
import dev.praxis.registry.practice.Effect;
import dev.praxis.registry.practice.FundingSource;
import dev.praxis.registry.practice.Partner;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.ResourcesNeeded;
import dev.praxis.registry.practice.Step;
import dev.praxis.registry.reference.ReferenceNames;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** The card the search side indexes, as of the practice's current version. */
@Mapper(componentModel = "spring", uses = ReferenceNames.class)
interface PracticeCardMapper {

    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    @Mapping(target = "federalDistrict", source = "regionCode", qualifiedByName = "federalDistrict")
    @Mapping(target = "directionName", source = "directionCode", qualifiedByName = "directionName")
    @Mapping(target = "budgetRub", expression = "java(budgetInRoubles(practice))")
    @Mapping(target = "publishedAt", source = "approvedAt")
    @Mapping(target = "expertScore", ignore = true) // no reviews yet
    PracticeCard toCard(Practice practice);

    PracticeCard.Effect effect(Effect effect);

    PracticeCard.Partner partner(Partner partner);

    PracticeCard.FundingSource fundingSource(FundingSource source);

    PracticeCard.Resources resources(ResourcesNeeded resources);

    default List<PracticeCard.Step> steps(List<Step> steps) {
        return IntStream.range(0, steps.size())
                .mapToObj(i -> step(i + 1, steps.get(i)))
                .toList();
    }

    @Mapping(target = "position", source = "position")
    PracticeCard.Step step(int position, Step step);

    default BigDecimal budgetInRoubles(Practice practice) {
        return DraftRules.DEFAULT_CURRENCY.equals(practice.getCurrency()) ? practice.getBudget() : null;
    }
}
