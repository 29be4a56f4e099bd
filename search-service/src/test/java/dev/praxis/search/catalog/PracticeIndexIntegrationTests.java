package dev.praxis.search.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import dev.praxis.search.IntegrationTestSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

class PracticeIndexIntegrationTests extends IntegrationTestSupport {

    @Autowired
    PracticeIndex index;

    @Autowired
    PracticeCatalog catalog;

    @Autowired
    ElasticsearchOperations operations;

    String id = UUID.randomUUID().toString();

    @BeforeEach
    void indexExists() {
        index.ensureExists();
    }

    @AfterEach
    void removePractice() {
        operations.delete(id, PracticeDocument.class);
    }

    @Test
    void keepsTheNewerVersionWhenAnOlderOneArrivesLate() {
        assertThat(index.putAll(List.of(new PracticeIndex.Versioned(practice("Новое название", "APPROVED"), 5)))).isEqualTo(1);

        assertThat(index.putAll(List.of(new PracticeIndex.Versioned(practice("Старое название", "APPROVED"), 4)))).isZero();
        assertThat(index.putAll(List.of(new PracticeIndex.Versioned(practice("Новое название", "APPROVED"), 5)))).isZero();

        assertThat(catalog.find(id, Viewer.PUBLIC)).map(PracticeDocument::title).contains("Новое название");
    }

    @Test
    void writesTheOthersOfABatchWhenOneIsOutdated() {
        String other = UUID.randomUUID().toString();
        index.putAll(List.of(new PracticeIndex.Versioned(practice("Новое название", "APPROVED"), 3)));

        int written = index.putAll(List.of(
                new PracticeIndex.Versioned(practice("Старое название", "APPROVED"), 2),
                new PracticeIndex.Versioned(practice(other, "Другая практика", "APPROVED"), 1)));

        assertThat(written).isEqualTo(1);
        assertThat(catalog.find(other, Viewer.PUBLIC)).isPresent();
        operations.delete(other, PracticeDocument.class);
    }

    @Test
    void storesEveryFieldOfTheDocument() {
        var practice = practice("Название", "APPROVED");

        index.putAll(List.of(new PracticeIndex.Versioned(practice, 1)));

        assertThat(catalog.find(id, Viewer.PUBLIC)).contains(practice);
    }

    @Test
    void showsAPracticeUnderReviewToStaffOnly() {
        index.putAll(List.of(new PracticeIndex.Versioned(practice("На проверке", "SUBMITTED"), 1)));

        assertThat(catalog.find(id, Viewer.PUBLIC)).isEmpty();
        assertThat(catalog.find(id, Viewer.COORDINATOR)).map(PracticeDocument::status).contains("SUBMITTED");
        assertThat(catalog.similarTo(id, 5, Viewer.PUBLIC)).isEmpty();
    }

    private PracticeDocument practice(String title, String status) {
        return practice(id, title, status);
    }

    private static PracticeDocument practice(String id, String title, String status) {
        return new PracticeDocument(id, status, title, "Кратко о практике", "RU-KGD", "Калининградская область",
                "Северо-Западный федеральный округ", "Гурьевский округ", "business-support", "Поддержка бизнеса",
                List.of("единое окно", "МСП"), 2021, new BigDecimal("2500000.5"), "ru", "Очереди", "Единое окно",
                List.of(new PracticeDocument.Step(1, "Шаг", "Описание")),
                List.of(new PracticeDocument.Effect("Время ожидания", "мин", new BigDecimal("40.0"), new BigDecimal("12.5"))),
                "Анна Авторова", 3, new BigDecimal("4.25"), Instant.parse("2026-11-19T10:15:30.123Z"),
                Instant.parse("2026-11-20T10:15:30.123456Z"), Instant.parse("2026-11-20T10:15:30.123456Z"));
    }

    @Test
    void aFailedAnswerOfAMultiSearchSurfacesOnlyAsNoSuchElementException() {
        // PracticeCatalog asks each request alone on this exception, so that the real error (or an
        // empty catalogue before anything is indexed) surfaces: when the library changes, this fails first.
        var search = PracticeSearch.of(PracticeSearchTests.request().q("центр").build(), Viewer.PUBLIC);
        var missing = IndexCoordinates.of("no-such-index-" + id);

        assertThatThrownBy(() -> operations.multiSearch(SearchQueries.firstTry(search).both(), PracticeDocument.class, missing))
                .isInstanceOf(NoSuchElementException.class);
    }
}
