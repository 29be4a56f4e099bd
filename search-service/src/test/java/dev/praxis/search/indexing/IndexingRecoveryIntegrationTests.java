package dev.praxis.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;

import dev.praxis.search.CuttableProxy;
import dev.praxis.search.FakeRegistry;
import dev.praxis.search.IntegrationTestSupport;
import dev.praxis.search.OpenSearchTestNode;
import dev.praxis.search.catalog.PracticeIndex;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing is lost while OpenSearch is unreachable or search-service dies mid-page. Polls are
 * driven by the test (no schedule), against a registry and a cursor of this class's own, and
 * OpenSearch is reached through a proxy the test can cut.
 */
@SpringBootTest(properties = {"praxis.indexer.enabled=false", "praxis.indexer.cursor-name=recovery-tests"})
@AutoConfigureMockMvc
class IndexingRecoveryIntegrationTests {

    static final FakeRegistry registry = new FakeRegistry();
    static final CuttableProxy opensearch = new CuttableProxy(OpenSearchTestNode.url());

    @DynamicPropertySource
    static void wire(DynamicPropertyRegistry properties) {
        properties.add("opensearch.uris", opensearch::url);
        properties.add("praxis.indexer.registry-url", registry::url);
        properties.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> registry.url() + "/token");
    }

    @AfterAll
    static void closeProxy() {
        opensearch.close();
    }

    @Autowired
    PracticeFeedConsumer consumer;

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryFeed feed;

    @Autowired
    PracticeEventApplier applier;

    @Autowired
    PracticeIndex index;

    @Autowired
    ElasticsearchOperations operations;

    @Test
    void catchesUpWithEveryChangeMadeWhileOpenSearchWasUnreachable() throws Exception {
        String kept = UUID.randomUUID().toString();
        String changed = UUID.randomUUID().toString();
        String added = UUID.randomUUID().toString();
        registry.publish(kept, 1, IntegrationTestSupport.card("Единое окно", "RU-KGD", "culture", "Очереди"));
        registry.publish(changed, 1, IntegrationTestSupport.card("Старое название", "RU-KGD", "culture", "Очереди"));
        consumer.poll();

        opensearch.cut();
        registry.publish(changed, 2, IntegrationTestSupport.card("Новое название", "RU-KGD", "culture", "Очереди"));
        registry.publish(added, 1, IntegrationTestSupport.card("Добавлена без поиска", "RU-KGD", "culture", "Очереди"));
        consumer.pollQuietly();
        consumer.pollQuietly();
        mvc.perform(get("/api/v1/practices/{id}", kept))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/unavailable"));

        opensearch.restore();
        consumer.poll();

        mvc.perform(get("/api/v1/practices/{id}", kept)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/practices/{id}", changed)).andExpect(jsonPath("$.title").value("Новое название"));
        mvc.perform(get("/api/v1/practices/{id}", added)).andExpect(jsonPath("$.title").value("Добавлена без поиска"));
    }

    @Test
    void aConsumerKilledAfterApplyingAPageButBeforeStoringItsCursorReplaysItHarmlessly() throws Exception {
        String practice = UUID.randomUUID().toString();
        consumer.poll();
        registry.publish(practice, 1, IntegrationTestSupport.card("Первая версия", "RU-KGD", "culture", "Очереди"));
        registry.publish(practice, 2, IntegrationTestSupport.card("Вторая версия", "RU-KGD", "culture", "Очереди"));
        // The instance dies between the bulk write and the cursor write.
        var dying = new PracticeFeedConsumer(feed, applier, index, new ConsumerPositions(operations) {
            @Override
            void store(String consumer, String cursor) {
                throw new IllegalStateException("killed");
            }
        }, 100, Clock.systemUTC(), "recovery-tests");
        assertThatThrownBy(dying::poll).hasMessage("killed");

        // Its successor starts from the stored cursor, before both events, and applies them again.
        var successor = new PracticeFeedConsumer(feed, applier, index, new ConsumerPositions(operations), 100,
                Clock.systemUTC(), "recovery-tests");

        assertThat(successor.poll()).isEqualTo(2);
        mvc.perform(get("/api/v1/practices/{id}", practice)).andExpect(jsonPath("$.title").value("Вторая версия"));
    }
}
