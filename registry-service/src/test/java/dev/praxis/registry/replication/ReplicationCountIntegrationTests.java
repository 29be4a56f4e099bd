package dev.praxis.registry.replication;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every replication request counts on its practice, also when two arrive at the same time. */
@RegistryIntegrationTest
class ReplicationCountIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    ReplicationService replications;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private final Users author = Users.author();

    @Test
    void countsEachRequestOnThePractice() throws Exception {
        var id = api.approved(author, Users.coordinator());

        api.replicate(id, Users.official());
        api.replicate(id, Users.official());

        mvc.perform(get("/api/v1/practices/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replicationCount").value(2))
                .andExpect(jsonPath("$.version").value(7));
    }

    @Test
    void countsTwoRequestsMadeAtTheSameTime() throws Exception {
        var id = api.approved(author, Users.coordinator());
        var firstCounted = new CountDownLatch(1);
        var firstMayCommit = new CountDownLatch(1);

        try (var executor = Executors.newFixedThreadPool(2)) {
            var first = executor.submit(() -> transaction.executeWithoutResult(status -> {
                replications.request(request(id), official());
                firstCounted.countDown();
                await(firstMayCommit);
            }));
            try {
                assertThat(firstCounted.await(20, TimeUnit.SECONDS)).isTrue();
                var second = executor.submit(() -> replications.request(request(id), official()));
                awaitABackendWaitingForALock();
                firstMayCommit.countDown();
                second.get(20, TimeUnit.SECONDS);
            } finally {
                firstMayCommit.countDown();
            }
            first.get(20, TimeUnit.SECONDS);
        }

        assertThat(jdbc.sql("select replication_count from practices where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(api.events(id)).extracting(PracticeApi.Event::version, PracticeApi.Event::replicationCount)
                .containsExactly(tuple(2L, 0), tuple(3L, 0), tuple(4L, 0), tuple(5L, 0), tuple(6L, 1), tuple(7L, 2));
    }

    /** The second request must really run into the first one's lock, or the test proves nothing. */
    private void awaitABackendWaitingForALock() throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            var waiting = jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
                    .query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(10); // polling PostgreSQL with a deadline
        }
        throw new AssertionError("The second request never waited for the first one's lock");
    }

    private static ReplicationRequest request(UUID practiceId) {
        return new ReplicationRequest(practiceId, "RU-NVS", null, "Хотим так же", LocalDate.of(2027, 2, 1));
    }

    private static Actor official() {
        var username = "official-" + UUID.randomUUID().toString().substring(0, 8);
        return new Actor(username, "Мария Региональная", Set.of("region-official"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the first request commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
