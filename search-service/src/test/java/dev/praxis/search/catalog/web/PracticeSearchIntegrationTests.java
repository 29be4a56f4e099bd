package dev.praxis.search.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.search.IntegrationTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

class PracticeSearchIntegrationTests extends IntegrationTestSupport {

    private static final Duration INDEXED = Duration.ofSeconds(20);

    @Autowired
    MockMvc mvc;

    @Test
    void findsAPracticeByRussianWordFormsWithAHighlightedEscapedSnippet() {
        String region = uniqueCode("RU-");
        String id = UUID.randomUUID().toString();
        registry.publish(id, 1, card("Единое окно для бизнеса", region, "business-support",
                "В районе не работал центр предоставления услуг, и предприниматели <часами> стояли в очередях & жаловались."));

        await().atMost(INDEXED).untilAsserted(() -> {
            String body = search(Map.of("q", "центров предоставления услуг", "region", region));
            assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(1);
            assertThat(JsonPath.<String>read(body, "$.hits[0].id")).isEqualTo(id);
            assertThat(JsonPath.<String>read(body, "$.hits[0].snippet"))
                    .contains("<em>центр</em>", "<em>услуг</em>", "&lt;часами&gt;", "&amp;")
                    .doesNotContain("<часами>");
            assertThat(JsonPath.<String>read(body, "$.hits[0].regionName")).isEqualTo("Калининградская область");
        });
    }

    @Test
    void fallsBackToTheProblemWhenOnlyTheTitleMatches() {
        String word = "praxis" + UUID.randomUUID().toString().substring(0, 8);
        registry.publish(UUID.randomUUID().toString(), 1, card("Проект " + word, uniqueCode("RU-"), "culture",
                "Библиотека <пустовала> по вечерам."));

        await().atMost(INDEXED).untilAsserted(() -> {
            String body = search(Map.of("q", word));
            assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(1);
            assertThat(JsonPath.<String>read(body, "$.hits[0].snippet")).isEqualTo("Библиотека &lt;пустовала&gt; по вечерам.");
        });
    }

    @Test
    void filtersByRegionAndDirectionAndListsNewestFirst() throws Exception {
        String region = uniqueCode("RU-");
        String otherRegion = uniqueCode("RU-");
        String direction = uniqueCode("dir-");
        String older = publish(region, direction, "2026-11-01T10:00:00Z");
        String newer = publish(region, "education", "2026-11-02T10:00:00Z");
        publish(otherRegion, direction, "2026-11-03T10:00:00Z");

        await().atMost(INDEXED).untilAsserted(() -> {
            assertThat(JsonPath.<Integer>read(search(Map.of("direction", direction)), "$.total")).isEqualTo(2);
            String body = search(Map.of("region", region));
            assertThat(JsonPath.<Integer>read(body, "$.total")).isEqualTo(2);
            assertThat(JsonPath.<List<String>>read(body, "$.hits[*].id")).containsExactly(newer, older);
        });
        String both = search(Map.of("region", region, "direction", direction));
        assertThat(JsonPath.<List<String>>read(both, "$.hits[*].id")).containsExactly(older);
        String textAndDirection = search(Map.of("direction", direction, "q", "центров"));
        assertThat(JsonPath.<Integer>read(textAndDirection, "$.total")).isEqualTo(2);
        String secondPage = search(Map.of("region", region, "size", "1", "page", "1"));
        assertThat(JsonPath.<Integer>read(secondPage, "$.total")).isEqualTo(2);
        assertThat(JsonPath.<List<String>>read(secondPage, "$.hits[*].id")).containsExactly(older);
    }

    @Test
    void treatsQuerySyntaxAsPlainText() throws Exception {
        mvc.perform(get("/api/v1/practices/search").param("q", "title:(центр OR \"услуг) AND * [{ \\ /"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void showsAnIndexedPracticeAndAnswers404ForAnUnknownOne() throws Exception {
        String id = publish(uniqueCode("RU-"), "culture", "2026-11-05T10:00:00Z");

        await().atMost(INDEXED).untilAsserted(() -> mvc.perform(get("/api/v1/practices/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[1].title").value("Обучить сотрудников")));
        mvc.perform(get("/api/v1/practices/{id}", "no-such-practice"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/not-found"));
    }

    @Test
    void rejectsTooLongTextNamingTheParameterAndRule() throws Exception {
        mvc.perform(get("/api/v1/practices/search").param("q", "я".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/validation"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].rule").value("Size"))
                .andExpect(jsonPath("$.errors[0].message").value("Длина не должна превышать 200 символов."));
    }

    @Test
    void rejectsBadPageSizesInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/practices/search").param("size", "51").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].rule").value("Max"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be at most 50."));
        mvc.perform(get("/api/v1/practices/search").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("Min"));
        mvc.perform(get("/api/v1/practices/search").param("size", "ten"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].rule").value("TypeMismatch"));
        mvc.perform(get("/api/v1/practices/search").param("page", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].rule").value("MaxResultWindow"));
    }

    private String publish(String region, String direction, String publishedAt) {
        String id = UUID.randomUUID().toString();
        var card = card("Клиентский центр", region, direction, "Не хватало центров поддержки.");
        card.put("publishedAt", publishedAt);
        registry.publish(id, 1, card);
        return id;
    }

    private String search(Map<String, String> params) throws Exception {
        var request = get("/api/v1/practices/search");
        params.forEach((name, value) -> request.param(name, value));
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
