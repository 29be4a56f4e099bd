package dev.praxis.registry.practice.web;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.Effect;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.Step;
import dev.praxis.registry.practice.web.PracticeResponses.EffectResponse;
import dev.praxis.registry.practice.web.PracticeResponses.PracticeResponse;
import dev.praxis.registry.practice.web.PracticeResponses.PracticeSummary;
import dev.praxis.registry.practice.web.PracticeResponses.StepResponse;
import dev.praxis.registry.reference.ReferenceNames;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.stream.IntStream;

@Mapper(componentModel = "spring", uses = ReferenceNames.class)
interface PracticeWebMapper {

    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    @Mapping(target = "directionName", source = "directionCode", qualifiedByName = "directionName")
    @Mapping(target = "actions", expression = "java(actions(practice, viewer))")
    PracticeResponse toResponse(Practice practice, @Context Actor viewer);

    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    @Mapping(target = "directionName", source = "directionCode", qualifiedByName = "directionName")
    @Mapping(target = "actions", expression = "java(actions(practice, viewer))")
    PracticeSummary toSummary(Practice practice, @Context Actor viewer);

    default List<String> actions(Practice practice, Actor viewer) {
        return practice.actionsFor(viewer).stream().map(PracticeAction::apiName).toList();
    }

    /** Positions are 1-based and follow the order of the algorithm. */
    default List<StepResponse> steps(List<Step> steps) {
        return IntStream.range(0, steps.size())
                .mapToObj(i -> {
                    var step = steps.get(i);
                    return new StepResponse(i + 1, step.title(), step.description(), step.responsible(),
                            step.durationDays());
                })
                .toList();
    }

    /** Positions are 1-based and follow the author's order. */
    default List<EffectResponse> effects(List<Effect> effects) {
        return IntStream.range(0, effects.size())
                .mapToObj(i -> {
                    var effect = effects.get(i);
                    return new EffectResponse(i + 1, effect.indicator(), effect.unit(), effect.before(), effect.after());
                })
                .toList();
    }
}
