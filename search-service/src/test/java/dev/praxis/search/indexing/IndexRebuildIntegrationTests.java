package dev.praxis.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.praxis.search.IntegrationTestSupport;
import dev.praxis.search.catalog.PracticeIndex;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

/** A full rebuild into a new index while searches and the feed keep going, then one alias swap. */
class IndexRebuildIntegrationTests extends IntegrationTestSupport {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeIndex index;

    @Autowired
    IndexRebuilds rebuilds;

    @Autowired
    ElasticsearchOperations operations;

    CountDownLatch snapshotGate = new CountDownLatch(1);

    @AfterEach
    void openTheGate() {
        snapshotGate.countDown();
        registry.holdSnapshotPages(null);
        await().atMost(DEADLINE).until(() -> rebuilds.latest().map(r -> !r.running()).orElse(true));
    }

    @Test
    void rebuildsFromTheRegistrysSnapshotWhileSearchesKeepAnsweringAndChangesKeepFlowing() throws Exception {
        String region = uniqueCode("RU-");
        String indexed = UUID.randomUUID().toString();
        registry.publish(indexed, 1, card("Проектный офис", region, "culture", "Очереди"));
        await().atMost(DEADLINE).untilAsserted(() -> mvc.perform(get("/api/v1/practices/{id}", indexed)).andExpect(status().isOk()));
        // In the registry, but its event was consumed long ago by an index since lost: only a rebuild brings it back.
        String onlyInSnapshot = UUID.randomUUID().toString();
        registry.snapshotOnly(onlyInSnapshot, 3, card("Забытая практика", region, "culture", "Очереди"));
        String previous = index.current().orElseThrow();

        registry.holdSnapshotPages(snapshotGate);
        var searching = new AtomicBoolean(true);
        var failedSearches = new AtomicInteger();
        var searches = new AtomicInteger();
        var searcher = Thread.ofVirtual().start(() -> {
            while (searching.get()) {
                try {
                    int status = mvc.perform(get("/api/v1/practices/search").param("region", region))
                            .andReturn().getResponse().getStatus();
                    searches.incrementAndGet();
                    if (status != 200) {
                        failedSearches.incrementAndGet();
                    }
                } catch (Exception e) {
                    failedSearches.incrementAndGet();
                }
            }
        });

        mvc.perform(post("/api/v1/admin/index-rebuilds").with(admin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.previousIndex").value(previous));
        mvc.perform(post("/api/v1/admin/index-rebuilds").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("rebuild-running"));
        // A change made while the rebuild runs reaches both the live index and the new one.
        String duringRebuild = UUID.randomUUID().toString();
        registry.publish(duringRebuild, 1, card("Новая во время перестроения", region, "culture", "Очереди"));
        await().atMost(DEADLINE).untilAsserted(() -> mvc.perform(get("/api/v1/practices/{id}", duringRebuild))
                .andExpect(status().isOk()));
        mvc.perform(get("/api/v1/admin/index-rebuilds/latest").with(admin()))
                .andExpect(jsonPath("$.state").value("RUNNING"));

        snapshotGate.countDown();
        await().atMost(DEADLINE).untilAsserted(() -> mvc.perform(get("/api/v1/admin/index-rebuilds/latest").with(admin()))
                .andExpect(jsonPath("$.state").value("SUCCEEDED")));
        searching.set(false);
        searcher.join();

        var rebuild = rebuilds.latest().orElseThrow();
        assertThat(index.current()).contains(rebuild.targetIndex());
        // Loaded without refreshes, live with the usual interval again.
        assertThat(operations.indexOps(IndexCoordinates.of(rebuild.targetIndex())).getSettings().get("index.refresh_interval"))
                .isEqualTo("1s");
        assertThat(rebuild.targetIndex()).isNotEqualTo(previous);
        assertThat(rebuild.indexed()).isGreaterThanOrEqualTo(2);
        assertThat(searches.get()).isPositive();
        assertThat(failedSearches.get()).isZero();
        mvc.perform(get("/api/v1/practices/search").param("region", region))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/v1/practices/{id}", onlyInSnapshot)).andExpect(jsonPath("$.title").value("Забытая практика"));
        // After the swap, the feed writes through the alias into the new index.
        String afterSwap = UUID.randomUUID().toString();
        registry.publish(afterSwap, 1, card("После перестроения", region, "culture", "Очереди"));
        await().atMost(DEADLINE).untilAsserted(() -> mvc.perform(get("/api/v1/practices/{id}", afterSwap))
                .andExpect(status().isOk()));
    }

    @Test
    void onlyAdminsMayRebuild() throws Exception {
        mvc.perform(post("/api/v1/admin/index-rebuilds")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/admin/index-rebuilds").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_coordinator"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/index-rebuilds/latest").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_author"))))
                .andExpect(status().isForbidden());
    }

    private static JwtRequestPostProcessor admin() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"));
    }
}
