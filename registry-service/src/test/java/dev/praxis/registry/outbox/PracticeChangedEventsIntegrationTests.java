package dev.praxis.registry.outbox;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.PracticeApi.Event;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static dev.praxis.registry.support.PracticeApi.fullDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Which changes of a practice reach the outbox: every change after DRAFT, each with the card as of that change. */
@RegistryIntegrationTest
class PracticeChangedEventsIntegrationTests {

    private static final String TYPE = "PracticeChanged";

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    JdbcClient jdbc;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();

    @Test
    void writesNoEventWhileThePracticeIsADraft() throws Exception {
        var id = api.draftBy(author, 0);
        api.revise(id, author, fullDraft(2));

        assertThat(api.row(id).version()).isEqualTo(2);
        assertThat(api.events(id)).isEmpty();
        assertThat(api.cardVersion(id)).isNull();
    }

    @Test
    void writesAnEventForSubmitApproveReplicationAndArchiveWithGrowingVersions() throws Exception {
        var id = api.draftBy(author, 0);
        api.revise(id, author, fullDraft(2));
        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(author.token()).with(api.current(id))).andExpect(status().isOk());
        api.toReview(id, coordinator);
        mvc.perform(post("/api/v1/practices/{id}/approve", id).with(coordinator.token()).with(api.current(id))).andExpect(status().isOk());
        api.replicate(id, Users.official());
        mvc.perform(post("/api/v1/practices/{id}/archive", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("comment", "Устарела"))))
                .andExpect(status().isOk());

        assertThat(api.events(id)).containsExactly(
                new Event(TYPE, 3, 3, "SUBMITTED", 0),
                new Event(TYPE, 4, 4, "SCREENING", 0),
                new Event(TYPE, 5, 5, "UNDER_REVIEW", 0),
                new Event(TYPE, 6, 6, "APPROVED", 0),
                new Event(TYPE, 7, 7, "APPROVED", 1),
                new Event(TYPE, 8, 8, "ARCHIVED", 1));
        assertThat(api.row(id).version()).isEqualTo(8);
        assertThat(api.cardVersion(id)).isEqualTo(8);
    }

    @Test
    void writesAnEventForARejection() throws Exception {
        var id = api.underReview(author, coordinator);
        mvc.perform(post("/api/v1/practices/{id}/reject", id).with(coordinator.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("comment", "Нет эффекта"))))
                .andExpect(status().isOk());

        assertThat(api.events(id)).containsExactly(
                new Event(TYPE, 2, 2, "SUBMITTED", 0),
                new Event(TYPE, 3, 3, "SCREENING", 0),
                new Event(TYPE, 4, 4, "UNDER_REVIEW", 0),
                new Event(TYPE, 5, 5, "REJECTED", 0));
        assertThat(api.cardVersion(id)).isEqualTo(5);
    }

    @Test
    void theCardCarriesTheWholePracticeAsOfTheChange() throws Exception {
        var id = api.draftBy(author, 0);
        api.revise(id, author, fullDraft(2));
        mvc.perform(post("/api/v1/practices/{id}/submit", id).with(author.token()).with(api.current(id))).andExpect(status().isOk());

        var card = jdbc.sql("select payload::text from practice_cards where practice_id = :id")
                .param("id", id).query(String.class).single();

        assertThat(JsonPath.<String>read(card, "$.id")).isEqualTo(id.toString());
        assertThat(JsonPath.<Integer>read(card, "$.version")).isEqualTo(3);
        assertThat(JsonPath.<String>read(card, "$.status")).isEqualTo("SUBMITTED");
        assertThat(JsonPath.<String>read(card, "$.summary")).startsWith("Все меры поддержки");
        assertThat(JsonPath.<String>read(card, "$.federalDistrict")).isEqualTo("Северо-Западный федеральный округ");
        assertThat(JsonPath.<String>read(card, "$.municipality")).isEqualTo("Гурьевский муниципальный округ");
        assertThat(JsonPath.<List<String>>read(card, "$.tags"))
                .containsExactly("МФЦ", "малое и среднее предпринимательство", "единое окно");
        assertThat(JsonPath.<Integer>read(card, "$.startYear")).isEqualTo(2019);
        assertThat(JsonPath.<Number>read(card, "$.budgetRub").doubleValue()).isEqualTo(12_500_000.5);
        assertThat(JsonPath.<List<String>>read(card, "$.effects[*].indicator"))
                .containsExactly("Срок получения поддержки", "Доля обращений онлайн");
        assertThat(JsonPath.<Number>read(card, "$.effects[1].after").doubleValue()).isEqualTo(61.5);
        assertThat(JsonPath.<Integer>read(card, "$.steps[1].position")).isEqualTo(2);
        assertThat(JsonPath.<Object>read(card, "$.expertScore")).isNull();
        assertThat(JsonPath.<Object>read(card, "$.publishedAt")).isNull();
        assertThat(JsonPath.<String>read(card, "$.submittedAt")).isNotBlank();
        assertThat(JsonPath.<Integer>read(card, "$.replicationCount")).isZero();
    }
}
