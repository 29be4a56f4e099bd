package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** Practices in every status, reached by the moves a user would make; the people who make them. */
final class PracticeFixtures {

    static final Actor AUTHOR = new Actor("author", "Анна Авторова", Set.of(Actor.AUTHOR));
    static final Actor OTHER_AUTHOR = new Actor("author2", "Олег Новиков", Set.of(Actor.AUTHOR));
    static final Actor COORDINATOR = new Actor("coordinator", "Игорь Координаторов", Set.of(Actor.COORDINATOR));
    static final Actor EXPERT = new Actor("expert", "Елена Экспертова", Set.of(Actor.EXPERT));
    static final Actor OFFICIAL = new Actor("official", "Олег Официальный", Set.of(Actor.REGION_OFFICIAL));
    static final Actor ANONYMOUS = Actor.anonymous();

    private PracticeFixtures() {
    }

    static Practice draftPractice() {
        return Practice.draft(draft(2), AUTHOR);
    }

    /** A practice of {@link #AUTHOR} in {@code status}, by the shortest path of moves there. */
    static Practice inStatus(PracticeStatus status) {
        var practice = draftPractice();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> practice.submit(AUTHOR);
            case SCREENING -> screening(practice);
            case UNDER_REVIEW -> underReview(practice);
            case REVISION_REQUESTED -> {
                screening(practice);
                practice.requestRevision(COORDINATOR, "Добавьте подтверждение эффекта");
            }
            case WITHDRAWN -> {
                practice.submit(AUTHOR);
                practice.withdraw(AUTHOR, null);
            }
            case APPROVED -> approved(practice);
            case RECOMMENDED -> {
                approved(practice);
                practice.recommend(COORDINATOR, 2026, "Рекомендована комиссией");
            }
            case REJECTED -> {
                underReview(practice);
                practice.reject(COORDINATOR, "Эффект не подтверждён");
            }
            case ARCHIVED -> {
                approved(practice);
                practice.archive(COORDINATOR, "Практика устарела");
            }
        }
        return practice;
    }

    private static void screening(Practice practice) {
        practice.submit(AUTHOR);
        practice.startScreening(COORDINATOR);
    }

    private static void underReview(Practice practice) {
        screening(practice);
        practice.startReview(COORDINATOR, null);
    }

    private static void approved(Practice practice) {
        underReview(practice);
        practice.approve(COORDINATOR, null);
    }

    static PracticeDraft draft(int steps) {
        var algorithm = IntStream.rangeClosed(1, steps)
                .mapToObj(i -> new Step("Шаг " + i, null, null, 10))
                .toList();
        return new PracticeDraft("Центр поддержки предпринимателей", null, "RU-KGD", null, "business-support",
                null, null, null, null, "Проблема", "Решение", List.copyOf(algorithm), null);
    }
}
