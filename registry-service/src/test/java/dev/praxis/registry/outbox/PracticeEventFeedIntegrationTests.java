package dev.praxis.registry.outbox;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.ExpectedVersion;
import dev.praxis.registry.practice.PracticeService;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dev.praxis.registry.support.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The change feed as the search side consumes it: one cursor, no event ever skipped. */
@RegistryIntegrationTest
class PracticeEventFeedIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    PracticeService practices;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private final Users author = Users.author();
    private final Users indexer = Users.indexer();
    private final Actor coordinator = new Actor("coordinator-feed", "Игорь Координаторов", Set.of("coordinator"));

    @Test
    void deliversTheCardAsOfEachChangeOfAPractice() throws Exception {
        var start = drain(null).cursor();
        var id = api.approved(author, Users.coordinator());

        var body = mvc.perform(get("/internal/v1/practice-events").param("after", start).with(indexer.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].type").value("PracticeChanged"))
                .andExpect(jsonPath("$.events[0].version").value(2))
                .andExpect(jsonPath("$.events[0].practice.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.events[0].practice.publishedAt").value(nullValue()))
                .andExpect(jsonPath("$.events[1].practice.status").value("SCREENING"))
                .andExpect(jsonPath("$.events[2].practice.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.events[3].type").value("PracticeChanged"))
                .andExpect(jsonPath("$.events[3].practiceId").value(id.toString()))
                .andExpect(jsonPath("$.events[3].version").value(5))
                .andExpect(jsonPath("$.events[3].occurredAt").isNotEmpty())
                .andExpect(jsonPath("$.events[3].practice.id").value(id.toString()))
                .andExpect(jsonPath("$.events[3].practice.version").value(5))
                .andExpect(jsonPath("$.events[3].practice.status").value("APPROVED"))
                .andExpect(jsonPath("$.events[3].practice.regionCode").value("RU-KGD"))
                .andExpect(jsonPath("$.events[3].practice.regionName").value("Калининградская область"))
                .andExpect(jsonPath("$.events[3].practice.federalDistrict").value("Северо-Западный федеральный округ"))
                .andExpect(jsonPath("$.events[3].practice.directionName").value("Поддержка предпринимательства"))
                .andExpect(jsonPath("$.events[3].practice.steps[1].position").value(2))
                .andExpect(jsonPath("$.events[3].practice.authorName").value("Анна Авторова"))
                .andExpect(jsonPath("$.events[3].practice.replicationCount").value(0))
                .andExpect(jsonPath("$.events[3].practice.expertScore").value(nullValue()))
                .andExpect(jsonPath("$.events[3].practice.submittedAt").isNotEmpty())
                .andExpect(jsonPath("$.events[3].practice.publishedAt").isNotEmpty())
                .andExpect(jsonPath("$.events[3].practice.updatedAt").isNotEmpty())
                .andExpect(jsonPath("$.events[3].practice.language").value("ru"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.nextCursor")).isEqualTo(JsonPath.read(body, "$.events[3].cursor"));
    }

    @Test
    void neverSkipsAnEventWhoseTransactionStartedEarlierButCommittedLater() throws Exception {
        var early = api.underReview(author, Users.coordinator());
        var late = api.underReview(author, Users.coordinator());
        var cursor = drain(null).cursor();

        var earlyApproved = new CountDownLatch(1);
        var earlyMayCommit = new CountDownLatch(1);
        try (var executor = Executors.newSingleThreadExecutor()) {
            var earlyTransaction = executor.submit(() -> transaction.executeWithoutResult(status -> {
                practices.approve(early, ExpectedVersion.ANY, null, coordinator);
                earlyApproved.countDown();
                await(earlyMayCommit);
            }));
            try {
                assertThat(earlyApproved.await(20, TimeUnit.SECONDS)).isTrue();
                practices.approve(late, ExpectedVersion.ANY, null, coordinator); // starts later, commits first

                var whileEarlyIsOpen = drain(cursor);
                assertThat(whileEarlyIsOpen.practiceIds()).doesNotContain(early, late);
                cursor = whileEarlyIsOpen.cursor();
            } finally {
                earlyMayCommit.countDown();
            }
            earlyTransaction.get(20, TimeUnit.SECONDS);
        }

        // A cursor over ids alone would have handed out the late event and moved past the early one.
        assertThat(eventId(early)).isLessThan(eventId(late));
        var afterCommit = drain(cursor);
        assertThat(afterCommit.practiceIds()).containsSubsequence(early, late);
    }

    @Test
    void ordersTransactionsAsNumbersAcrossAPowerOfTen() throws Exception {
        var start = drain(null).cursor();
        var before = api.submittedBy(author);
        long beforeTx = Long.parseLong(jdbc.sql("select max(tx_id)::text from practice_events where practice_id = :id")
                .param("id", before).query(String.class).single());
        long boundary = (long) Math.pow(10, String.valueOf(beforeTx).length());
        assumeTrue(boundary - beforeTx < 20_000, "the next power of ten is too far to reach quickly");
        // Each statement outside a transaction uses up one transaction id.
        while (jdbc.sql("select pg_current_xact_id()::text").query(String.class).single().length()
                == String.valueOf(beforeTx).length()) {
            // burning transaction ids up to the boundary
        }
        var after = api.submittedBy(author);

        // As text, "10…" sorts before "9…": the first page of one would skip the earlier event for good.
        var first = mvc.perform(get("/internal/v1/practice-events").param("after", start).param("limit", "1")
                        .with(indexer.token()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(first, "$.events[*].practiceId")).containsExactly(before.toString());
        assertThat(drain(JsonPath.read(first, "$.nextCursor")).practiceIds()).containsExactly(after);
    }

    @Test
    void pagesWithTheLimitAndKeepsTheCursorWhenNothingIsNew() throws Exception {
        var start = drain(null).cursor();
        var first = api.submittedBy(author);
        var second = api.approved(author, Users.coordinator());

        var page = mvc.perform(get("/internal/v1/practice-events").param("after", start).param("limit", "1")
                        .with(indexer.token()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(page, "$.events[*].practiceId")).containsExactly(first.toString());

        var rest = drain(JsonPath.read(page, "$.nextCursor"));
        assertThat(rest.practiceIds()).containsExactly(second, second, second, second);
        assertThat(drain(rest.cursor()).cursor()).isEqualTo(rest.cursor());
    }

    @Test
    void refusesAForeignCursorAndABadLimit() throws Exception {
        mvc.perform(get("/internal/v1/practice-events").param("after", "bm90LWEtY3Vyc29y").with(indexer.token()))
                .andExpect(invalid("after", "Cursor"));
        mvc.perform(get("/internal/v1/practice-events").param("limit", "0").with(indexer.token()))
                .andExpect(invalid("limit", "Min"));
        mvc.perform(get("/internal/v1/practice-events").param("limit", "lots").with(indexer.token()))
                .andExpect(invalid("limit", "TypeMismatch"));
    }

    /** Reads the feed as the search side does, page after page, until it has nothing more to give. */
    private Drained drain(String after) throws Exception {
        var ids = new ArrayList<UUID>();
        var cursor = after;
        while (true) {
            var request = get("/internal/v1/practice-events").param("limit", "500").with(indexer.token());
            if (cursor != null) {
                request.param("after", cursor);
            }
            var body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> page = JsonPath.read(body, "$.events[*].practiceId");
            cursor = JsonPath.read(body, "$.nextCursor");
            if (page.isEmpty()) {
                return new Drained(ids, cursor);
            }
            page.forEach(id -> ids.add(UUID.fromString(id)));
        }
    }

    private long eventId(UUID practiceId) {
        return jdbc.sql("select max(id) from practice_events where practice_id = :id")
                .param("id", practiceId).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the early transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Drained(List<UUID> practiceIds, String cursor) {
    }
}
