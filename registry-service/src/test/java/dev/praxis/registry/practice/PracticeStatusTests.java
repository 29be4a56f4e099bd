package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.praxis.registry.practice.PracticeAction.*;
import static dev.praxis.registry.practice.PracticeFixtures.*;
import static dev.praxis.registry.practice.PracticeStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle, cell by cell: every status × every action × every kind of user, performed on a
 * real practice. The expected table is written out here independently of {@link PracticeStatus}.
 */
class PracticeStatusTests {

    private static final Map<PracticeStatus, Map<PracticeAction, PracticeStatus>> DESIGNED = Map.of(
            DRAFT, Map.of(EDIT, DRAFT, SUBMIT, SUBMITTED, DELETE, DRAFT),
            SUBMITTED, Map.of(START_SCREENING, SCREENING, WITHDRAW, WITHDRAWN),
            SCREENING, Map.of(START_REVIEW, UNDER_REVIEW, REQUEST_REVISION, REVISION_REQUESTED, REJECT, REJECTED,
                    WITHDRAW, WITHDRAWN),
            UNDER_REVIEW, Map.of(APPROVE, APPROVED, REQUEST_REVISION, REVISION_REQUESTED, REJECT, REJECTED,
                    WITHDRAW, WITHDRAWN),
            REVISION_REQUESTED, Map.of(EDIT, REVISION_REQUESTED, SUBMIT, SUBMITTED),
            WITHDRAWN, Map.of(EDIT, WITHDRAWN, SUBMIT, SUBMITTED),
            APPROVED, Map.of(RECOMMEND, RECOMMENDED, ARCHIVE, ARCHIVED),
            RECOMMENDED, Map.of(ARCHIVE, ARCHIVED),
            REJECTED, Map.of(),
            ARCHIVED, Map.of());

    private static final List<PracticeAction> BY_AUTHOR = List.of(EDIT, SUBMIT, WITHDRAW, DELETE);
    private static final Map<String, Actor> USERS = Map.of("author", AUTHOR, "other author", OTHER_AUTHOR,
            "coordinator", COORDINATOR, "expert", EXPERT, "official", OFFICIAL, "anonymous", ANONYMOUS);

    static Stream<Arguments> everyCell() {
        var cells = new ArrayList<Arguments>();
        for (var status : PracticeStatus.values()) {
            for (var action : PracticeAction.values()) {
                USERS.forEach((who, actor) -> cells.add(Arguments.of(status, action, who)));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} × {1} by {2}")
    @MethodSource("everyCell")
    void eachMoveIsAllowedExactlyWhereTheTableAndThePartySayAndChangesNothingOtherwise(
            PracticeStatus status, PracticeAction action, String who) {
        var actor = USERS.get(who);
        var practice = inStatus(status);
        var version = practice.getVersion();
        var next = DESIGNED.get(status).get(action);
        boolean theirs = BY_AUTHOR.contains(action) ? actor == AUTHOR : actor == COORDINATOR;

        if (theirs && next != null) {
            perform(practice, action, actor);
            assertThat(practice.getStatus()).isEqualTo(next);
            return;
        }
        assertThatThrownBy(() -> perform(practice, action, actor))
                .isInstanceOf(!theirs ? (BY_AUTHOR.contains(action) ? NotPracticeAuthor.class : NotCoordinator.class)
                        : TransitionNotAllowed.class);
        assertThat(practice.getStatus()).isEqualTo(status);
        assertThat(practice.getVersion()).isEqualTo(version);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void offersEachUserTheMovesTheyMayMakeNow(PracticeStatus status) {
        var practice = inStatus(status);
        var designed = DESIGNED.get(status).keySet();

        assertThat(practice.actionsFor(AUTHOR)).containsExactlyInAnyOrderElementsOf(
                designed.stream().filter(BY_AUTHOR::contains).toList());
        assertThat(practice.actionsFor(COORDINATOR)).containsExactlyInAnyOrderElementsOf(
                designed.stream().filter(action -> !BY_AUTHOR.contains(action)).toList());
        assertThat(practice.actionsFor(OTHER_AUTHOR)).isEmpty();
        assertThat(practice.actionsFor(EXPERT)).isEmpty();
        assertThat(practice.actionsFor(ANONYMOUS)).isEmpty();
    }

    static Stream<PracticeStatus> statuses() {
        return Stream.of(PracticeStatus.values());
    }

    @Test
    void aRefusedMoveNamesTheCurrentStatusAndWhatTheCallerMayDoInstead() {
        var practice = inStatus(SUBMITTED);

        assertThatThrownBy(() -> practice.approve(COORDINATOR, null))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, e -> {
                    assertThat(e.currentStatus()).isEqualTo(SUBMITTED);
                    assertThat(e.action()).isEqualTo(APPROVE);
                    assertThat(e.allowedActions()).containsExactly(START_SCREENING);
                });
    }

    @Test
    void onlyApprovedAndRecommendedPracticesArePublished() {
        assertThat(Stream.of(PracticeStatus.values()).filter(PracticeStatus::isPublished))
                .containsExactlyInAnyOrder(APPROVED, RECOMMENDED);
    }

    @Test
    void namesActionsInKebabCaseForTheApi() {
        assertThat(REQUEST_REVISION.apiName()).isEqualTo("request-revision");
    }

    private static void perform(Practice practice, PracticeAction action, Actor actor) {
        switch (action) {
            case EDIT -> practice.revise(draft(3), actor);
            case SUBMIT -> practice.submit(actor);
            case WITHDRAW -> practice.withdraw(actor, "Передумали");
            case DELETE -> practice.checkDeletableBy(actor);
            case START_SCREENING -> practice.startScreening(actor);
            case START_REVIEW -> practice.startReview(actor, null);
            case REQUEST_REVISION -> practice.requestRevision(actor, "Уточните сроки шагов");
            case APPROVE -> practice.approve(actor, null);
            case REJECT -> practice.reject(actor, "Нет эффекта");
            case RECOMMEND -> practice.recommend(actor, 2026, "Рекомендована");
            case ARCHIVE -> practice.archive(actor, "Устарела");
        }
    }
}
