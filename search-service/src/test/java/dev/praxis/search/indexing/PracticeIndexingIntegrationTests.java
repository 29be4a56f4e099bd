package dev.praxis.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.praxis.search.IntegrationTestSupport;
import dev.praxis.search.catalog.PracticeDocument;
import dev.praxis.search.catalog.PracticeIndex;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.StringQuery;
import org.springframework.test.web.servlet.MockMvc;

/** The scheduled indexer reading {@link dev.praxis.search.FakeRegistry}'s feed over HTTP. */
class PracticeIndexingIntegrationTests extends IntegrationTestSupport {

    private static final Duration CAUGHT_UP = Duration.ofSeconds(20);

    @Autowired
    MockMvc mvc;

    @Autowired
    ElasticsearchOperations operations;

    @Autowired
    RegistryFeed feed;

    @Autowired
    PracticeEventApplier applier;

    @Autowired
    PracticeIndex index;

    @Autowired
    MeterRegistry meters;

    String id = UUID.randomUUID().toString();

    @Test
    void indexesAPublishedPracticeReadWithAServiceAccountToken() {
        registry.publish(id, 1, card("Единое окно", uniqueCode("RU-"), "business-support", "Очереди"));

        await().atMost(CAUGHT_UP).untilAsserted(() -> mvc.perform(get("/api/v1/practices/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Единое окно")));
        assertThat(registry.tokenRequests()).anySatisfy(form -> assertThat(form).contains("grant_type=client_credentials"));
    }

    @Test
    void keepsTheNewerVersionWhenTheFeedReplaysAnOlderOne() throws Exception {
        registry.publish(id, 2, card("Новое название", uniqueCode("RU-"), "culture", "Очереди"));
        registry.publish(id, 1, card("Старое название", uniqueCode("RU-"), "culture", "Очереди"));
        registry.publish(id, 2, card("Новое название", uniqueCode("RU-"), "culture", "Очереди"));

        awaitCaughtUp();

        mvc.perform(get("/api/v1/practices/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Новое название"));
    }

    @Test
    void anArchivedPracticeLeavesThePublicCatalogueButStaffStillFindIt() throws Exception {
        String region = uniqueCode("RU-");
        registry.publish(id, 1, card("Единое окно", region, "culture", "Очереди"));
        awaitCaughtUp();
        registry.change(id, 2, "ARCHIVED", card("Единое окно", region, "culture", "Очереди"));
        registry.publish(id, 1, card("Единое окно", region, "culture", "Очереди"));

        awaitCaughtUp();

        mvc.perform(get("/api/v1/practices/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practices/search").param("region", region))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/practices/search").param("region", region).param("status", "ARCHIVED")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_coordinator"))))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].status").value("ARCHIVED"));
    }

    /** Searches ask for OpenSearch's request cache: an answer given before must not outlive a change. */
    @Test
    void aSearchAskedBeforeSeesWhatWasPublishedAndChangedSince() throws Exception {
        String region = uniqueCode("RU-");
        var search = get("/api/v1/practices/search").param("q", "окно").param("region", region);
        mvc.perform(search).andExpect(jsonPath("$.total").value(0));

        registry.publish(id, 1, card("Единое окно", region, "culture", "Очереди"));
        awaitCaughtUp();
        mvc.perform(search)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].title").value("Единое окно"))
                .andExpect(jsonPath("$.hits[0].language").value("ru"))
                .andExpect(jsonPath("$.facets.direction[0].value").value("culture"));

        registry.publish(id, 2, card("Единое окно", region, "education", "Очереди"));
        awaitCaughtUp();
        mvc.perform(search)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.facets.direction[0].value").value("education"))
                .andExpect(jsonPath("$.facets.direction.length()").value(1));
    }

    @Test
    void recordsTheLagFromChangeToSearchable() {
        registry.publish(id, 1, card("Единое окно", uniqueCode("RU-"), "culture", "Очереди"));
        awaitCaughtUp();

        assertThat(meters.get("praxis.indexer.lag").timer().count()).isPositive();
    }

    @Test
    void aRestartedConsumerGoesOnFromTheStoredCursor() {
        registry.publish(id, 1, card("Единое окно", uniqueCode("RU-"), "culture", "Очереди"));
        awaitCaughtUp();

        var restarted = new PracticeFeedConsumer(feed, applier, index, new ConsumerPositions(operations), 100,
                Clock.systemUTC());

        assertThat(restarted.poll()).isZero();
    }

    /** Until a fresh reader of the stored position sees the feed's last cursor. */
    @Test
    void indexesEveryFieldOfTheCompleteCardInBothLanguages() {
        var card = card("Информационный пункт для предпринимателей", uniqueCode("RU-"), "business-support", "Очереди");
        card.put("titleEn", "Information desk for entrepreneurs");
        card.put("goal", "Поддержка за один визит");
        card.put("goalEn", "Support in a single visit");
        card.put("audienceEn", "Starting entrepreneurs");
        card.put("reach", 430000);
        card.put("authorOrganisation", "Администрация Калининграда");
        card.put("startDate", "2009-06-01");
        card.put("endYear", 2009);
        card.put("endDate", "2009-11-30");
        card.put("budget", 71051.97);
        card.put("currency", "EUR");
        card.put("budgetRub", null);
        card.put("fundingSources", List.of(Map.of("kind", "EXTRA_BUDGETARY", "sharePercent", 100)));
        card.put("partners", List.of(Map.of("name", "Муниципалитет Гронингена", "nameEn", "Municipality of Groningen",
                "role", "Обучение", "roleEn", "Training of the desk staff")));
        card.put("resources", Map.of("legalActs", "Регламент", "legalActsEn", "Service regulations"));
        card.put("steps", List.of(Map.of("position", 1, "key", UUID.randomUUID().toString(), "title", "Обучить",
                "titleEn", "Train the officers", "kpiEn", "Both officers trained", "durationDays", 45)));
        card.put("effects", List.of(Map.of("key", UUID.randomUUID().toString(), "indicator", "Пункты",
                "indicatorEn", "Desks opened", "before", 0, "after", 1, "evidenceUrl", "https://example.org/report")));
        card.put("dontsEn", "Do not rely on temporary staff");
        registry.publish(id, 1, card);

        awaitCaughtUp();

        var document = operations.get(id, PracticeDocument.class, IndexCoordinates.of("practices"));
        assertThat(document).isNotNull();
        assertThat(document.goalEn()).isEqualTo("Support in a single visit");
        assertThat(document.currency()).isEqualTo("EUR");
        assertThat(document.budgetRub()).isNull();
        assertThat(document.endDate()).isEqualTo(LocalDate.of(2009, 11, 30));
        assertThat(document.partners()).extracting(PracticeDocument.Partner::roleEn).containsExactly("Training of the desk staff");
        assertThat(document.steps().getFirst().kpiEn()).isEqualTo("Both officers trained");
        assertThat(document.effects().getFirst().evidenceUrl()).isEqualTo("https://example.org/report");
        // English analysis: "visits" and "trains" find "visit" and "Train".
        for (var query : List.of("{\"match\": {\"goalEn\": \"visits\"}}", "{\"match\": {\"steps.titleEn\": \"trains\"}}",
                "{\"match\": {\"bodyEn\": \"entrepreneur\"}}", "{\"match\": {\"resources.legalActs\": \"регламенты\"}}",
                "{\"match\": {\"partners.roleEn\": \"trainings\"}}", "{\"term\": {\"fundingSources.kind\": \"EXTRA_BUDGETARY\"}}")) {
            var hits = operations.search(new StringQuery("{\"bool\": {\"must\": [" + query
                    + ", {\"ids\": {\"values\": [\"" + id + "\"]}}]}}"), PracticeDocument.class,
                    IndexCoordinates.of("practices"));
            assertThat(hits.getTotalHits()).as(query).isEqualTo(1);
        }
    }

    private void awaitCaughtUp() {
        // The state index appears with the consumer's first poll: until then, reading it fails.
        await().atMost(CAUGHT_UP).ignoreExceptions().untilAsserted(() -> assertThat(
                new ConsumerPositions(operations).cursorOf(ConsumerPositions.PRACTICE_EVENTS))
                .contains(registry.lastCursor()));
    }
}
