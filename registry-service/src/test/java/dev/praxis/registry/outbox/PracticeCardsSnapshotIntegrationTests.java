package dev.praxis.registry.outbox;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.Problems.forbidden;
import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rebuild snapshot: the latest card of every practice that has left DRAFT, page by page in id order. */
@RegistryIntegrationTest
class PracticeCardsSnapshotIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();
    private final Users indexer = Users.indexer();

    @Test
    void pagesThroughTheLatestCardOfEveryPracticeThatLeftDraftInIdOrder() throws Exception {
        var draft = api.draftBy(author, 1);
        var submitted = api.submittedBy(author);
        var approved = api.approved(author, coordinator);
        var archived = api.archived(author, coordinator);
        api.replicate(approved, Users.official());

        var ids = new ArrayList<String>();
        var versions = new HashMap<String, Integer>();
        var statuses = new HashMap<String, String>();
        String after = null;
        do {
            var request = get("/internal/v1/practice-cards").param("limit", "2").with(indexer.token());
            if (after != null) {
                request.param("after", after);
            }
            var page = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cards", hasSize(lessThanOrEqualTo(2))))
                    .andReturn().getResponse().getContentAsString();
            List<Map<String, Object>> cards = JsonPath.read(page, "$.cards");
            cards.forEach(card -> {
                ids.add((String) card.get("id"));
                versions.put((String) card.get("id"), (Integer) card.get("version"));
                statuses.put((String) card.get("id"), (String) card.get("status"));
            });
            after = JsonPath.read(page, "$.next");
            if (after != null) {
                assertThat(after).isEqualTo(ids.getLast());
            }
        } while (after != null);

        // PostgreSQL orders uuids byte by byte, which is the order of their lower-case text.
        assertThat(ids).isSorted().doesNotHaveDuplicates()
                .contains(submitted.toString(), approved.toString(), archived.toString())
                .doesNotContain(draft.toString());
        assertThat(versions).containsEntry(submitted.toString(), 2).containsEntry(approved.toString(), 6)
                .containsEntry(archived.toString(), 6);
        assertThat(statuses).containsEntry(submitted.toString(), "SUBMITTED").containsEntry(approved.toString(), "APPROVED")
                .containsEntry(archived.toString(), "ARCHIVED");
    }

    @Test
    void endsWithANullNextAndAnEmptyPageAfterTheLastId() throws Exception {
        api.submittedBy(author);
        var last = "ffffffff-ffff-ffff-ffff-ffffffffffff";

        mvc.perform(get("/internal/v1/practice-cards").param("after", last).with(indexer.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cards", hasSize(0)))
                .andExpect(jsonPath("$.next").value(nullValue()));
        var all = mvc.perform(get("/internal/v1/practice-cards").param("limit", "1000").with(indexer.token()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Object>read(all, "$.next")).isNull();
        assertThat(JsonPath.<List<Object>>read(all, "$.cards")).isNotEmpty();
    }

    @Test
    void refusesBadParameters() throws Exception {
        mvc.perform(get("/internal/v1/practice-cards").param("limit", "0").with(indexer.token()))
                .andExpect(invalid("limit", "Min"));
        mvc.perform(get("/internal/v1/practice-cards").param("limit", "1001").with(indexer.token()))
                .andExpect(invalid("limit", "Max"));
        mvc.perform(get("/internal/v1/practice-cards").param("limit", "many").with(indexer.token()))
                .andExpect(invalid("limit", "TypeMismatch"));
        mvc.perform(get("/internal/v1/practice-cards").param("after", "not-a-uuid").with(indexer.token()))
                .andExpect(invalid("after", "TypeMismatch"));
    }

    @Test
    void isOnlyForTheIndexer() throws Exception {
        mvc.perform(get("/internal/v1/practice-cards")).andExpect(unauthorized());
        mvc.perform(get("/internal/v1/practice-cards").with(author.token())).andExpect(forbidden());
        mvc.perform(get("/internal/v1/practice-cards").with(coordinator.token())).andExpect(forbidden());
        mvc.perform(get("/internal/v1/practice-cards").param("after", UUID.randomUUID().toString())
                        .with(Users.official().token()))
                .andExpect(forbidden());
    }
}
