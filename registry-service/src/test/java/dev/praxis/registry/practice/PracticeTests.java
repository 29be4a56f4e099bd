package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeTests {

    private final Actor author = new Actor("author", "Анна Авторова", Set.of("author"));
    private final Actor otherAuthor = new Actor("author2", "Олег Новиков", Set.of("author"));
    private final Actor coordinator = new Actor("coordinator", "Игорь Координаторов", Set.of("coordinator"));

    @Test
    void startsAsAVersionOneDraftOfItsAuthor() {
        var practice = Practice.draft(draft(1), author);

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practice.getVersion()).isEqualTo(1);
        assertThat(practice.getAuthorUsername()).isEqualTo("author");
        assertThat(practice.getAuthorName()).isEqualTo("Анна Авторова");
        assertThat(practice.getHistory()).singleElement()
                .satisfies(change -> {
                    assertThat(change.getFromStatus()).isNull();
                    assertThat(change.getToStatus()).isEqualTo(PracticeStatus.DRAFT);
                });
    }

    @Test
    void revisingReplacesTheContentAndBumpsTheVersion() {
        var practice = Practice.draft(draft(1), author);

        practice.revise(draft(3), author);

        assertThat(practice.getSteps()).hasSize(3);
        assertThat(practice.getVersion()).isEqualTo(2);
        assertThat(practice.getHistory()).hasSize(1);
    }

    @Test
    void walksTheMainPathRecordingEveryTransition() {
        var practice = Practice.draft(draft(1), author);

        practice.submit(author);
        practice.approve(coordinator, "Хорошо описан алгоритм");

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.APPROVED);
        assertThat(practice.isPublished()).isTrue();
        assertThat(practice.getVersion()).isEqualTo(3);
        assertThat(practice.getSubmittedAt()).isNotNull();
        assertThat(practice.getApprovedAt()).isNotNull();
        assertThat(practice.getHistory()).extracting(StatusChange::getToStatus)
                .containsExactly(PracticeStatus.DRAFT, PracticeStatus.SUBMITTED, PracticeStatus.APPROVED);
        assertThat(practice.getHistory().getLast().getActor()).isEqualTo("coordinator");
        assertThat(practice.getHistory().getLast().getComment()).isEqualTo("Хорошо описан алгоритм");
    }

    @Test
    void rejectsSubmissionWithoutSteps() {
        var practice = Practice.draft(draft(0), author);

        assertThatThrownBy(() -> practice.submit(author))
                .isInstanceOfSatisfying(PracticeHasNoSteps.class, e -> assertThat(e.rule()).isEqualTo("steps-required"));
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practice.getVersion()).isEqualTo(1);
    }

    @Test
    void refusesEditingASubmittedPracticeWithoutChangingIt() {
        var practice = Practice.draft(draft(1), author);
        practice.submit(author);

        assertThatThrownBy(() -> practice.revise(draft(2), author)).isInstanceOf(TransitionNotAllowed.class);
        assertThat(practice.getSteps()).hasSize(1);
        assertThat(practice.getVersion()).isEqualTo(2);
    }

    @Test
    void onlyTheAuthorMayReviseOrSubmit() {
        var practice = Practice.draft(draft(1), author);

        assertThatThrownBy(() -> practice.revise(draft(2), otherAuthor)).isInstanceOf(NotPracticeAuthor.class);
        assertThatThrownBy(() -> practice.submit(otherAuthor)).isInstanceOf(NotPracticeAuthor.class);
        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.DRAFT);
    }

    @Test
    void refusesApprovingADraft() {
        var practice = Practice.draft(draft(1), author);

        assertThatThrownBy(() -> practice.approve(coordinator, null))
                .isInstanceOfSatisfying(TransitionNotAllowed.class,
                        e -> assertThat(e.currentStatus()).isEqualTo(PracticeStatus.DRAFT));
        assertThat(practice.getHistory()).hasSize(1);
    }

    @Test
    void rejectionNeedsAComment() {
        var practice = Practice.draft(draft(1), author);
        practice.submit(author);

        assertThatThrownBy(() -> practice.reject(coordinator, " ")).isInstanceOf(IllegalArgumentException.class);
        practice.reject(coordinator, "Нет подтверждённого эффекта");

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.REJECTED);
    }

    @Test
    void showsDraftsOnlyToTheirAuthorAndApprovedPracticesToEveryone() {
        var practice = Practice.draft(draft(1), author);
        assertThat(practice.isVisibleTo(author)).isTrue();
        assertThat(practice.isVisibleTo(otherAuthor)).isFalse();
        assertThat(practice.isVisibleTo(coordinator)).isFalse();

        practice.submit(author);
        assertThat(practice.isVisibleTo(coordinator)).isTrue();
        assertThat(practice.isVisibleTo(Actor.anonymous())).isFalse();

        practice.approve(coordinator, null);
        assertThat(practice.isVisibleTo(Actor.anonymous())).isTrue();
    }

    @Test
    void archivingNeedsACommentAndTakesThePracticeOutOfPublicView() {
        var practice = Practice.draft(draft(1), author);
        practice.submit(author);
        practice.approve(coordinator, null);

        assertThatThrownBy(() -> practice.archive(coordinator, "")).isInstanceOf(IllegalArgumentException.class);
        practice.archive(coordinator, "Практика устарела");

        assertThat(practice.getStatus()).isEqualTo(PracticeStatus.ARCHIVED);
        assertThat(practice.getArchivedAt()).isNotNull();
        assertThat(practice.getVersion()).isEqualTo(4);
        assertThat(practice.isPublished()).isFalse();
        assertThat(practice.isVisibleTo(Actor.anonymous())).isFalse();
        assertThat(practice.isVisibleTo(author)).isTrue();
        assertThat(practice.isVisibleTo(coordinator)).isTrue();
        assertThat(practice.getHistory().getLast().getComment()).isEqualTo("Практика устарела");
    }

    @Test
    void countingAReplicationBumpsTheVersionButNotTheUpdateTime() {
        var practice = Practice.draft(draft(1), author);
        practice.submit(author);
        practice.approve(coordinator, null);
        var updatedAt = practice.getUpdatedAt();

        practice.countReplication();

        assertThat(practice.getReplicationCount()).isEqualTo(1);
        assertThat(practice.getVersion()).isEqualTo(4);
        assertThat(practice.getUpdatedAt()).isEqualTo(updatedAt);
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

    private static PracticeDraft draft(int steps) {
        var algorithm = IntStream.rangeClosed(1, steps)
                .mapToObj(i -> new Step("Шаг " + i, null, null, 10))
                .toList();
        return new PracticeDraft("Центр поддержки предпринимателей", null, "RU-KGD", null, "business-support",
                null, null, null, null, "Проблема", "Решение", List.copyOf(algorithm), null);
    }
}
