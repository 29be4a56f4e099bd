package dev.praxis.registry.practice;

import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.List;

import static dev.praxis.registry.practice.PracticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeTests {

    @Test
    void startsAsAVersionOneDraftOfItsAuthorAndRecordsThatItWasDrafted() {
        var practice = Practice.draft(draft(1), AUTHOR);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practice.getVersion()).isEqualTo(1);
        assertThat(practice.getAuthorUsername()).isEqualTo("author");
        assertThat(practice.getAuthorName()).isEqualTo("Анна Авторова");
        assertThat(practice.isNew()).isTrue();
        assertThat(practice.recordedChanges()).singleElement()
                .isEqualTo(new PracticeChange.Drafted(practice.getId(), 1, AUTHOR, practice.getCreatedAt()));
    }

    @Test
    void revisingReplacesTheContentBumpsTheVersionAndRecordsAnEdit() {
        var practice = Practice.draft(draft(1), AUTHOR);

        practice.revise(draft(3), AUTHOR);

        assertThat(practice.getSteps()).hasSize(3);
        assertThat(practice.getVersion()).isEqualTo(2);
        assertThat(practice.recordedChanges().getLast()).isInstanceOfSatisfying(PracticeChange.Moved.class, moved -> {
            assertThat(moved.action()).isEqualTo(PracticeAction.EDIT);
            assertThat(moved.from()).isEqualTo(PracticeStatus.DRAFT);
            assertThat(moved.to()).isEqualTo(PracticeStatus.DRAFT);
        });
    }

    @Test
    void walksTheWholePathRecordingEveryMoveWithWhoAndWhy() {
        var practice = Practice.draft(draft(1), AUTHOR);

        practice.submit(AUTHOR);
        practice.startScreening(COORDINATOR);
        practice.startReview(COORDINATOR, null);
        practice.approve(COORDINATOR, "Хорошо описан алгоритм");

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.APPROVED);
        assertThat(practice.isPublished()).isTrue();
        assertThat(practice.getVersion()).isEqualTo(5);
        assertThat(practice.getSubmittedAt()).isNotNull();
        assertThat(practice.getApprovedAt()).isNotNull();
        var moves = practice.recordedChanges().stream().skip(1).map(PracticeChange.Moved.class::cast).toList();
        assertThat(moves).extracting(PracticeChange.Moved::to).containsExactly(PracticeStatus.SUBMITTED,
                PracticeStatus.SCREENING, PracticeStatus.UNDER_REVIEW, PracticeStatus.APPROVED);
        assertThat(moves).extracting(PracticeChange.Moved::version).containsExactly(2L, 3L, 4L, 5L);
        assertThat(moves.getLast().by()).isEqualTo(COORDINATOR);
        assertThat(moves.getLast().reason()).isEqualTo("Хорошо описан алгоритм");
    }

    @Test
    void aRevisionRequestSendsThePracticeBackToItsAuthorWhoEditsAndResubmits() {
        var practice = inStatus(PracticeStatus.REVISION_REQUESTED);

        practice.revise(draft(4), AUTHOR);
        practice.submit(AUTHOR);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(practice.getSteps()).hasSize(4);
    }

    @Test
    void theAuthorMayWithdrawBeforeADecisionAndSubmitAgain() {
        var practice = inStatus(PracticeStatus.UNDER_REVIEW);

        practice.withdraw(AUTHOR, "Нашли ошибку в расчётах");
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.WITHDRAWN);
        assertThat(practice.actionsFor(AUTHOR)).containsExactly(PracticeAction.EDIT, PracticeAction.SUBMIT);

        practice.submit(AUTHOR);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.SUBMITTED);
    }

    @Test
    void rejectsSubmissionWithoutSteps() {
        var practice = Practice.draft(draft(0), AUTHOR);

        assertThatThrownBy(() -> practice.submit(AUTHOR))
                .isInstanceOfSatisfying(PracticeHasNoSteps.class, e -> assertThat(e.rule()).isEqualTo("steps-required"));
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practice.getVersion()).isEqualTo(1);
    }

    @Test
    void refusesEditingASubmittedPracticeWithoutChangingIt() {
        var practice = inStatus(PracticeStatus.SUBMITTED);

        assertThatThrownBy(() -> practice.revise(draft(5), AUTHOR)).isInstanceOf(TransitionNotAllowed.class);
        assertThat(practice.getSteps()).hasSize(2);
        assertThat(practice.getVersion()).isEqualTo(2);
    }

    @Test
    void decisionsThatTurnAPracticeDownOrAwayNeedAReasonAndOthersDoNot() {
        var practice = inStatus(PracticeStatus.UNDER_REVIEW);

        assertThatThrownBy(() -> practice.reject(COORDINATOR, " "))
                .isInstanceOfSatisfying(ReasonRequired.class, e -> assertThat(e.action()).isEqualTo(PracticeAction.REJECT));
        assertThatThrownBy(() -> practice.requestRevision(COORDINATOR, null)).isInstanceOf(ReasonRequired.class);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.UNDER_REVIEW);

        practice.approve(COORDINATOR, null);
        assertThatThrownBy(() -> practice.archive(COORDINATOR, "")).isInstanceOf(ReasonRequired.class);
        assertThatThrownBy(() -> practice.recommend(COORDINATOR, 2026, null)).isInstanceOf(ReasonRequired.class);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.APPROVED);
    }

    @Test
    void aRecommendationNamesAYearNoLaterThanNextYear() {
        var practice = inStatus(PracticeStatus.APPROVED);
        int next = Year.now().getValue() + 1;

        assertThatThrownBy(() -> practice.recommend(COORDINATOR, next + 1, "Рекомендована"))
                .isInstanceOfSatisfying(RecommendationYearOutOfRange.class, e -> {
                    assertThat(e.earliest()).isEqualTo(2000);
                    assertThat(e.latest()).isEqualTo(next);
                });
        practice.recommend(COORDINATOR, next, "Рекомендована комиссией Госсовета");

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.RECOMMENDED);
        assertThat(practice.getRecommendedYear()).isEqualTo(next);
        assertThat(practice.isPublished()).isTrue();
    }

    @Test
    void archivingTakesThePracticeOutOfTheCatalogue() {
        var practice = inStatus(PracticeStatus.ARCHIVED);

        assertThat(practice.getArchivedAt()).isNotNull();
        assertThat(practice.isPublished()).isFalse();
        assertThat(practice.recordedChanges().getLast()).isInstanceOfSatisfying(PracticeChange.Moved.class,
                moved -> assertThat(moved.reason()).isEqualTo("Практика устарела"));
    }

    @Test
    void anOptionalCommentIsKeptAndAnEmptyOneIsNot() {
        var practice = inStatus(PracticeStatus.SUBMITTED);

        practice.withdraw(AUTHOR, "   ");

        assertThat(practice.recordedChanges().getLast()).isInstanceOfSatisfying(PracticeChange.Moved.class,
                moved -> assertThat(moved.reason()).isNull());
    }

    @Test
    void countingAReplicationBumpsTheVersionButNotTheUpdateTime() {
        var practice = inStatus(PracticeStatus.APPROVED);
        var updatedAt = practice.getUpdatedAt();
        var version = practice.getVersion();

        practice.countReplication();

        assertThat(practice.getReplicationCount()).isEqualTo(1);
        assertThat(practice.getVersion()).isEqualTo(version + 1);
        assertThat(practice.getUpdatedAt()).isEqualTo(updatedAt);
        assertThat(practice.recordedChanges().getLast())
                .isEqualTo(new PracticeChange.ReplicationCounted(practice.getId(), version + 1));
    }

    @Test
    void anOldCopyCannotChangeThePractice() {
        var practice = inStatus(PracticeStatus.SUBMITTED);

        assertThatThrownBy(() -> ExpectedVersion.of(1).check(practice))
                .isInstanceOfSatisfying(PracticeChangedMeanwhile.class, e -> assertThat(e.currentVersion()).isEqualTo(2));
        ExpectedVersion.of(2).check(practice);
        ExpectedVersion.ANY.check(practice);
    }

    @Test
    void keepsTagsInTheAuthorsOrderWithoutDuplicates() {
        var draft = new PracticeDraft("Заголовок", " ", "RU-KGD", "", "business-support",
                List.of("МФЦ", " малый бизнес ", "мфц", "малый бизнес"), null, null, null, "Проблема", "Решение",
                null, null);

        assertThat(draft.tags()).containsExactly("МФЦ", "малый бизнес");
        assertThat(draft.summary()).isNull();
        assertThat(draft.municipality()).isNull();
        assertThat(draft.effects()).isEmpty();
    }
}
