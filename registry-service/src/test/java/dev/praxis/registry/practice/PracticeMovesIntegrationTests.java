package dev.praxis.registry.practice;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dev.praxis.registry.support.PracticeApi.draft;
import static dev.praxis.registry.support.PracticeApi.ids;
import static dev.praxis.registry.support.Problems.illegalTransition;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The moves beyond the main path, over the API: revision requested and resubmitted, withdrawal,
 * the recommendation for mass replication, deleting a draft, the author's filtered list, and the
 * {@code If-Match} rules that keep two people from overwriting each other.
 */
@RegistryIntegrationTest
class PracticeMovesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    JdbcClient jdbc;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();

    @Test
    void aRevisionRequestGoesBackToTheAuthorWhoEditsAndResubmitsWithEveryChangeAudited() throws Exception {
        var id = api.submittedBy(author);
        api.move(id, "start-screening", coordinator);

        mvc.perform(post("/api/v1/practices/{id}/request-revision", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"Укажите сроки шагов\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVISION_REQUESTED"))
                .andExpect(jsonPath("$.actions").isEmpty());
        mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andExpect(jsonPath("$.actions", contains("edit", "submit")));

        var revised = draft(3);
        revised.put("title", "Единое окно: уточнённые сроки");
        api.revise(id, author, revised);
        api.move(id, "submit", author);

        mvc.perform(get("/api/v1/practices/{id}/history", id).with(author.token()))
                .andExpect(jsonPath("$[*].action",
                        contains(null, "submit", "start-screening", "request-revision", "edit", "submit")))
                .andExpect(jsonPath("$[3].comment").value("Укажите сроки шагов"))
                .andExpect(jsonPath("$[4].fromStatus").value("REVISION_REQUESTED"))
                .andExpect(jsonPath("$[4].toStatus").value("REVISION_REQUESTED"))
                .andExpect(jsonPath("$[5].toStatus").value("SUBMITTED"));
        assertThat(api.events(id)).extracting(PracticeApi.Event::status)
                .containsExactly("SUBMITTED", "SCREENING", "REVISION_REQUESTED", "REVISION_REQUESTED", "SUBMITTED");
    }

    @Test
    void theAuthorWithdrawsBeforeADecisionAndTheSearchSideLearnsIt() throws Exception {
        var id = api.underReview(author, coordinator);

        mvc.perform(post("/api/v1/practices/{id}/withdraw", id).with(author.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"Нашли ошибку\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.actions", contains("edit", "submit")));

        assertThat(api.events(id).getLast().status()).isEqualTo("WITHDRAWN");
        mvc.perform(get("/api/v1/practices/{id}", id).with(coordinator.token())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/practices/{id}", id).with(Users.expert().token())).andExpect(notFound());
    }

    @Test
    void aCoordinatorRecommendsAPublishedPracticeForAYear() throws Exception {
        var id = api.approved(author, coordinator);
        int next = Year.now().getValue() + 1;

        mvc.perform(post("/api/v1/practices/{id}/recommend", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\": " + (next + 1) + ", \"comment\": \"Да\"}"))
                .andExpect(invalid("year", "Range"))
                .andExpect(jsonPath("$.errors[0].message").value("must be between 2000 and " + next));
        mvc.perform(post("/api/v1/practices/{id}/recommend", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"Да\"}"))
                .andExpect(invalid("year", "NotNull"));
        mvc.perform(post("/api/v1/practices/{id}/recommend", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\": " + next + "}"))
                .andExpect(invalid("comment", "Required"));
        mvc.perform(post("/api/v1/practices/{id}/recommend", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": " + next + ", \"comment\": \"Отобрана для массового тиражирования\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECOMMENDED"))
                .andExpect(jsonPath("$.recommendedYear").value(next))
                .andExpect(jsonPath("$.published").value(true));

        mvc.perform(get("/api/v1/practices/{id}", id)).andExpect(status().isOk());
        assertThat(api.events(id).getLast().status()).isEqualTo("RECOMMENDED");
    }

    @Test
    void anAuthorDeletesADraftThatWasNeverSubmittedAndNothingElse() throws Exception {
        var draft = api.draftBy(author, 1);
        var withdrawn = api.submittedBy(author);
        api.move(withdrawn, "withdraw", author);

        mvc.perform(delete("/api/v1/practices/{id}", draft).with(Users.author().token()).with(api.current(draft)))
                .andExpect(notFound());
        mvc.perform(delete("/api/v1/practices/{id}", draft).with(author.token()).with(api.current(draft)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/practices/{id}", draft).with(author.token())).andExpect(notFound());
        assertThat(jdbc.sql("select count(*) from practice_status_changes where practice_id = :id")
                .param("id", draft).query(Long.class).single()).isZero();

        // A practice once submitted has versions and an audit trail to keep.
        var before = api.row(withdrawn);
        mvc.perform(delete("/api/v1/practices/{id}", withdrawn).with(author.token()).with(api.current(withdrawn)))
                .andExpect(illegalTransition("WITHDRAWN", "delete"));
        assertThat(api.row(withdrawn)).isEqualTo(before);
    }

    @Test
    void theAuthorsListFiltersByStatusAndTitle() throws Exception {
        var draft = api.draftBy(author, 1);
        var submitted = api.submittedBy(author);
        var renamed = draft(1);
        renamed.put("title", "Школа 100% наставников");
        api.revise(draft, author, renamed);

        var drafts = mvc.perform(get("/api/v1/practices/mine").param("status", "DRAFT").with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actions", contains("edit", "submit", "delete")))
                .andReturn().getResponse().getContentAsString();
        assertThat(ids(drafts)).containsExactly(draft.toString());

        var both = mvc.perform(get("/api/v1/practices/mine").param("status", "DRAFT", "SUBMITTED").with(author.token()))
                .andReturn().getResponse().getContentAsString();
        assertThat(ids(both)).containsExactlyInAnyOrder(draft.toString(), submitted.toString());

        var byTitle = mvc.perform(get("/api/v1/practices/mine").param("q", "100% НАСТАВ").with(author.token()))
                .andReturn().getResponse().getContentAsString();
        assertThat(ids(byTitle)).containsExactly(draft.toString());
        var wildcard = mvc.perform(get("/api/v1/practices/mine").param("q", "_").with(author.token()))
                .andReturn().getResponse().getContentAsString();
        assertThat(ids(wildcard)).as("an underscore is a letter to look for, not a wildcard").isEmpty();

        mvc.perform(get("/api/v1/practices/mine").param("status", "SOLD").with(author.token()))
                .andExpect(invalid("status", "TypeMismatch"));
    }

    @Test
    void aChangeWithoutIfMatchOrFromAnOldCopyIsRefusedAndChangesNothing() throws Exception {
        var id = api.draftBy(author, 1);
        var before = api.row(id);

        mvc.perform(put("/api/v1/practices/{id}", id).with(author.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(draft(2))))
                .andExpect(problem(428, "if-match-required"));
        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(author.token()).header("If-Match", "W/\"1\""))
                .andExpect(invalid("If-Match", "ETag"));
        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(author.token()).header("If-Match", "\"7\""))
                .andExpect(problem(412, "changed-meanwhile"))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(header().string("ETag", "\"1\""));
        assertThat(api.row(id)).isEqualTo(before);

        mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(author.token()).header("If-Match", "*"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void ofTwoCoordinatorsDecidingAtTheSameInstantExactlyOneWins() throws Exception {
        var other = Users.coordinator();
        for (int round = 0; round < 20; round++) {
            var id = api.underReview(author, coordinator);
            var etag = "\"" + api.row(id).version() + "\"";
            var start = new CyclicBarrier(2);
            var statuses = new ArrayList<Integer>();
            try (var executor = Executors.newFixedThreadPool(2)) {
                Callable<Integer> approve = () -> decide(start, id, coordinator, etag, "approve", "Одобряю");
                Callable<Integer> reject = () -> decide(start, id, other, etag, "reject", "Отклоняю");
                var first = executor.submit(approve);
                var second = executor.submit(reject);
                statuses.add(first.get(30, TimeUnit.SECONDS));
                statuses.add(second.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 412);
            var decisions = jdbc.sql("""
                            select count(*) from practice_status_changes
                             where practice_id = :id and action in ('APPROVE', 'REJECT')
                            """)
                    .param("id", id).query(Long.class).single();
            assertThat(decisions).as("audit lines of decisions in round %d", round).isEqualTo(1);
            assertThat(api.events(id)).hasSize(4);
        }
    }

    private int decide(CyclicBarrier start, UUID id, Users who, String etag, String action, String comment)
            throws Exception {
        start.await(10, TimeUnit.SECONDS);
        return mvc.perform(post("/api/v1/practices/{id}/" + action, id).with(who.token()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("comment", comment))))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void theQueueListsSeveralStatusesOldestSubmissionFirst() throws Exception {
        var submitted = api.submittedBy(author);
        var screening = api.submittedBy(author);
        api.move(screening, "start-screening", coordinator);

        var page = mvc.perform(get("/api/v1/practices").param("status", "SUBMITTED", "SCREENING").param("size", "100")
                        .with(coordinator.token()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> ids = ids(page);
        assertThat(ids).contains(submitted.toString(), screening.toString());
        assertThat(ids.indexOf(submitted.toString())).isLessThan(ids.indexOf(screening.toString()));
        assertThat(JsonPath.<List<String>>read(page, "$.items[?(@.id == '" + screening + "')].actions[*]"))
                .containsExactlyInAnyOrder("start-review", "request-revision", "reject");
    }
}
