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

import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.draft;
import static dev.praxis.registry.support.PracticeApi.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The main thread: an author writes, a coordinator approves, an official replicates with the author as mentor. */
@RegistryIntegrationTest
class PracticeLifecycleIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    JdbcClient jdbc;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();
    private final Users official = Users.official();

    @Test
    void servesReferenceDataAnonymously() throws Exception {
        mvc.perform(get("/api/v1/regions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(89)))
                .andExpect(jsonPath("$[?(@.code == 'RU-KGD')].nameRu").value("Калининградская область"))
                .andExpect(jsonPath("$[?(@.code == 'RU-KGD')].nameEn").value("Kaliningrad Oblast"))
                .andExpect(jsonPath("$[?(@.code == 'RU-KGD')].federalDistrict").value("Северо-Западный федеральный округ"))
                .andExpect(jsonPath("$[?(@.code == 'RU-KGD')].federalDistrictEn").value("Northwestern Federal District"))
                .andExpect(jsonPath("$[?(@.code == 'RU-TA')].federalDistrictEn").value("Volga Federal District"))
                .andExpect(jsonPath("$[?(@.federalDistrictEn == null)]", hasSize(0)))
                .andExpect(jsonPath("$[?(@.code == 'RU-TA')].nameRu").value("Республика Татарстан"))
                .andExpect(jsonPath("$[?(@.code == 'RU-MOW')].nameEn").value("Moscow"));
        mvc.perform(get("/api/v1/directions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[?(@.code == 'business-support')].nameRu").value("Поддержка предпринимательства"))
                .andExpect(jsonPath("$[?(@.code == 'housing-and-urban-environment')].nameEn")
                        .value("Housing and urban environment"));
    }

    @Test
    void authorWritesCoordinatorApprovesOfficialReplicatesWithTheAuthorAsMentor() throws Exception {
        // The author starts a draft without steps; the name comes from the token.
        var created = mvc.perform(post("/api/v1/practices").with(author.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(draft(0))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.language").value("ru"))
                .andExpect(jsonPath("$.authorUsername").doesNotExist())
                .andExpect(jsonPath("$.authorName").value("Анна Авторова"))
                .andExpect(jsonPath("$.actions", contains("edit", "submit", "delete")))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.regionName").value("Калининградская область"))
                .andExpect(jsonPath("$.directionName").value("Поддержка предпринимательства"))
                .andExpect(jsonPath("$.steps", hasSize(0)))
                .andExpect(jsonPath("$.submittedAt").value(nullValue()))
                .andReturn().getResponse();
        var id = UUID.fromString(JsonPath.read(created.getContentAsString(), "$.id"));
        assertThat(created.getHeader("Location")).endsWith("/api/v1/practices/" + id);

        // ...adds the algorithm...
        var revised = draft(2);
        revised.put("title", "Единое окно поддержки предпринимателей");
        mvc.perform(put("/api/v1/practices/{id}", id).with(author.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(revised)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Единое окно поддержки предпринимателей"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.steps[0].position").value(1))
                .andExpect(jsonPath("$.steps[1].position").value(2))
                .andExpect(jsonPath("$.steps[1].title").value("Шаг 2: подготовить регламент"))
                .andExpect(jsonPath("$.steps[1].durationDays").value(30));

        // ...and submits it. Nobody else sees it yet.
        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(author.token()).with(api.current(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.actions", contains("withdraw")))
                .andExpect(jsonPath("$.submittedAt").isNotEmpty());
        mvc.perform(get("/api/v1/practices/{id}", id)).andExpect(status().isNotFound());

        // The coordinator finds it in the queue, screens it, sends it to review and approves it.
        var queue = mvc.perform(get("/api/v1/practices").param("status", "SUBMITTED").param("size", "100")
                        .with(coordinator.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(100))
                .andReturn().getResponse().getContentAsString();
        assertThat(ids(queue)).contains(id.toString());
        mvc.perform(get("/api/v1/practices/{id}", id).with(coordinator.token()))
                .andExpect(jsonPath("$.actions", contains("start-screening")));
        api.toReview(id, coordinator);
        mvc.perform(post("/api/v1/practices/{id}/approve", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"Эффект подтверждён\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.version").value(6))
                .andExpect(jsonPath("$.approvedAt").isNotEmpty());

        // Every move wrote one outbox event; the approval's in the approving transaction itself.
        var event = jdbc.sql("""
                        select e.type, e.practice_version, e.payload ->> 'title' as title,
                               p.xmin::text as practice_xid,
                               (e.tx_id::text::numeric % 4294967296)::text as event_xid
                          from practice_events e join practices p on p.id = e.practice_id
                         where e.practice_id = :id
                         order by e.id desc
                        """)
                .param("id", id).query().listOfRows();
        assertThat(event).hasSize(4).first().satisfies(row -> {
            assertThat(row).containsEntry("type", "PracticeChanged")
                    .containsEntry("practice_version", 6L)
                    .containsEntry("title", "Единое окно поддержки предпринимателей");
            assertThat(row.get("event_xid")).isEqualTo(row.get("practice_xid"));
        });

        // Now it is public, with its audit trail.
        mvc.perform(get("/api/v1/practices/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/practices/{id}/history", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].toStatus",
                        contains("DRAFT", "SUBMITTED", "SCREENING", "UNDER_REVIEW", "APPROVED")))
                .andExpect(jsonPath("$[*].action",
                        contains(null, "submit", "start-screening", "start-review", "approve")))
                .andExpect(jsonPath("$[0].fromStatus").value(nullValue()))
                .andExpect(jsonPath("$[1].actorName").value("Анна Авторова"))
                .andExpect(jsonPath("$[4].fromStatus").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$[4].actorName").value("Игорь Координаторов"))
                .andExpect(jsonPath("$[4].comment").value("Эффект подтверждён"))
                .andExpect(jsonPath("$[*].actor").isEmpty());

        // An official of another region asks to replicate it; the author becomes the mentor.
        var request = Map.of("practiceId", id, "regionCode", "RU-TA", "targetMunicipality", "Казань",
                "reason", "Хотим сократить сроки получения поддержки", "plannedStart", "2027-03-01");
        var replication = mvc.perform(post("/api/v1/replications").with(official.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(request)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/replications/")))
                .andExpect(jsonPath("$.practiceId").value(id.toString()))
                .andExpect(jsonPath("$.practiceTitle").value("Единое окно поддержки предпринимателей"))
                .andExpect(jsonPath("$.regionName").value("Республика Татарстан"))
                .andExpect(jsonPath("$.plannedStart").value("2027-03-01"))
                .andExpect(jsonPath("$.requestedBy").value(official.username()))
                .andExpect(jsonPath("$.requestedByName").value("Мария Региональная"))
                .andExpect(jsonPath("$.mentorUsername").value(author.username()))
                .andExpect(jsonPath("$.mentorName").value("Анна Авторова"))
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andReturn().getResponse().getContentAsString();
        var replicationId = JsonPath.<String>read(replication, "$.id");

        mvc.perform(get("/api/v1/replications/mine").with(official.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(replicationId));
        mvc.perform(get("/api/v1/replications/mentoring").with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(replicationId))
                .andExpect(jsonPath("$.items[0].requestedByName").value("Мария Региональная"));
        mvc.perform(get("/api/v1/replications/{id}", replicationId).with(author.token()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/replications/{id}", replicationId).with(coordinator.token()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/replications/{id}", replicationId).with(Users.official().token()))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/practices/mine").with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())))
                .andExpect(jsonPath("$.items[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.totalPages").value(1));
    }

    @Test
    void coordinatorRejectsWithAReasonAndNothingIsPublished() throws Exception {
        var id = api.underReview(author, coordinator);

        mvc.perform(post("/api/v1/practices/{id}/reject", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"Нет данных об эффекте\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));

        assertThat(api.events(id)).extracting(PracticeApi.Event::status).containsExactly("SUBMITTED", "SCREENING", "UNDER_REVIEW", "REJECTED");
        mvc.perform(get("/api/v1/practices/{id}/history", id).with(author.token()))
                .andExpect(jsonPath("$[4].toStatus").value("REJECTED"))
                .andExpect(jsonPath("$[4].comment").value("Нет данных об эффекте"));
        mvc.perform(get("/api/v1/practices/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void listsAnAuthorsPracticesNewestFirst() throws Exception {
        var older = api.draftBy(author, 0);
        var newer = api.draftBy(author, 0);

        var page = mvc.perform(get("/api/v1/practices/mine").param("size", "1").with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andReturn().getResponse().getContentAsString();
        assertThat(ids(page)).containsExactly(newer.toString());
        assertThat(older).isNotEqualTo(newer);
    }

    @Test
    void showsADraftOnlyToItsAuthor() throws Exception {
        var id = api.draftBy(author, 1);

        mvc.perform(get("/api/v1/practices/{id}", id).with(author.token())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/practices/{id}", id).with(coordinator.token()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(endsWith("/not-found")));
        mvc.perform(get("/api/v1/practices/{id}", id).with(Users.author().token())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/practices/{id}/history", id)).andExpect(status().isNotFound());
        var drafts = mvc.perform(get("/api/v1/practices").param("status", "DRAFT").param("size", "100")
                        .with(coordinator.token()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ids(drafts)).doesNotContain(id.toString());
    }
}
