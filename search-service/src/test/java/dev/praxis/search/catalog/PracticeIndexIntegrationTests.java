package dev.praxis.search.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.praxis.search.IntegrationTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PracticeIndexIntegrationTests extends IntegrationTestSupport {

    @Autowired
    PracticeIndex index;

    @Autowired
    PracticeCatalog catalog;

    String id = UUID.randomUUID().toString();

    @BeforeEach
    void indexExists() {
        index.ensureExists();
    }

    @Test
    void keepsTheNewerVersionWhenAnOlderOneArrivesLate() {
        assertThat(index.put(practice("Новое название"), 5)).isTrue();

        assertThat(index.put(practice("Старое название"), 4)).isFalse();
        assertThat(index.put(practice("Новое название"), 5)).isFalse();

        assertThat(catalog.find(id)).map(PracticeDocument::title).contains("Новое название");
    }

    @Test
    void removesOnlyWithANewerVersion() {
        index.put(practice("Название"), 5);

        assertThat(index.remove(id, 4)).isFalse();
        assertThat(catalog.find(id)).isPresent();

        assertThat(index.remove(id, 6)).isTrue();
        assertThat(catalog.find(id)).isEmpty();
        assertThat(index.put(practice("Название"), 5)).isFalse();
    }

    @Test
    void removingAnUnknownPracticeIsNotAnError() {
        assertThat(index.remove(id, 1)).isTrue();
    }

    @Test
    void storesEveryFieldOfTheDocument() {
        var practice = practice("Название");

        index.put(practice, 1);

        assertThat(catalog.find(id)).contains(practice);
    }

    private PracticeDocument practice(String title) {
        return new PracticeDocument(id, title, "RU-KGD", "Калининградская область", "northwestern",
                "business-support", "Поддержка бизнеса", "Очереди", "Единое окно",
                List.of(new PracticeDocument.Step(1, "Шаг", "Описание")), "Анна Авторова",
                Instant.parse("2026-11-20T10:15:30.123Z"), "ru");
    }
}
