package dev.praxis.registry.practice.web;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.Effect;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.Step;
import dev.praxis.registry.practice.TeamMember;
import dev.praxis.registry.practice.web.PracticeResponses.EffectResponse;
import dev.praxis.registry.practice.web.PracticeResponses.PracticeResponse;
import dev.praxis.registry.practice.web.PracticeResponses.PracticeSummary;
import dev.praxis.registry.practice.web.PracticeResponses.StepResponse;
import dev.praxis.registry.practice.web.PracticeResponses.TeamMemberResponse;
import dev.praxis.registry.reference.ReferenceNames;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import java.util.List;
import java.util.stream.IntStream;

@Mapper(componentModel = "spring", uses = ReferenceNames.class)
interface PracticeWebMapper {

    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    @Mapping(target = "directionName", source = "directionCode", qualifiedByName = "directionName")
    @Mapping(target = "actions", expression = "java(actions(practice, viewer))")
    PracticeResponse toResponse(Practice practice, @Context Actor viewer);

    /** What an anonymous caller reads: the team's names and job titles, never their contacts. */
    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    @Mapping(target = "directionName", source = "directionCode", qualifiedByName = "directionName")
    @Mapping(target = "team", source = "team", qualifiedByName = "withoutContacts")
    @Mapping(target = "actions", expression = "java(actions(practice, viewer))")
    PracticeResponse toPublicResponse(Practice practice, @Context Actor viewer);

    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    @Mapping(target = "directionName", source = "directionCode", qualifiedByName = "directionName")
    @Mapping(target = "actions", expression = "java(actions(practice, viewer))")
    PracticeSummary toSummary(Practice practice, @Context Actor viewer);

    default List<String> actions(Practice practice, Actor viewer) {
        return practice.actionsFor(viewer).stream().map(PracticeAction::apiName).toList();
    }

    TeamMemberResponse teamMember(TeamMember member);

    @Named("withoutContacts")
    default List<TeamMemberResponse> withoutContacts(List<TeamMember> team) {
        return team.stream().map(TeamMember::withoutContacts).map(this::teamMember).toList();
    }

    /** Positions are 1-based and follow the order of the algorithm. */
    default List<StepResponse> steps(List<Step> steps) {
        return IntStream.range(0, steps.size()).mapToObj(i -> step(i + 1, steps.get(i))).toList();
    }

    @Mapping(target = "position", source = "position")
    StepResponse step(int position, Step step);

    /** Positions are 1-based and follow the author's order. */
    default List<EffectResponse> effects(List<Effect> effects) {
        return IntStream.range(0, effects.size()).mapToObj(i -> effect(i + 1, effects.get(i))).toList();
    }

    @Mapping(target = "position", source = "position")
    EffectResponse effect(int position, Effect effect);
}
