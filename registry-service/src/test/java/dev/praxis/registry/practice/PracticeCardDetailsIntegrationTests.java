package dev.praxis.registry.practice;

import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.praxis.registry.support.PracticeApi.effect;
import static dev.praxis.registry.support.PracticeApi.fullDraft;
import static dev.praxis.registry.support.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The richer card: summary, place, tags, start year, budget and effects are stored, returned and checked. */
@RegistryIntegrationTest
class PracticeCardDetailsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;

    private final Users author = Users.author();

    @Test
    void storesAndReturnsEveryFieldOfTheCard() throws Exception {
        var body = fullDraft(1);
        body.put("tags", List.of("МФЦ", "единое окно", "мфц", " МФЦ "));

        var id = api.draftBy(author, 0);
        mvc.perform(put("/api/v1/practices/{id}", id).with(author.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(body)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("Все меры поддержки малого и среднего бизнеса в одном окне и онлайн."))
                .andExpect(jsonPath("$.municipality").value("Гурьевский муниципальный округ"))
                .andExpect(jsonPath("$.tags", contains("МФЦ", "единое окно")))
                .andExpect(jsonPath("$.startYear").value(2019))
                .andExpect(jsonPath("$.budget").value(12_500_000.5))
                .andExpect(jsonPath("$.effects", hasSize(2)))
                .andExpect(jsonPath("$.effects[0].position").value(1))
                .andExpect(jsonPath("$.effects[0].indicator").value("Срок получения поддержки"))
                .andExpect(jsonPath("$.effects[0].unit").value("дней"))
                .andExpect(jsonPath("$.effects[0].before").value(42))
                .andExpect(jsonPath("$.effects[0].after").value(9))
                .andExpect(jsonPath("$.effects[1].position").value(2))
                .andExpect(jsonPath("$.effects[1].after").value(61.5))
                .andExpect(jsonPath("$.replicationCount").value(0))
                .andExpect(jsonPath("$.archivedAt").value(nullValue()));
    }

    @Test
    void leavesOptionalFieldsEmptyWhenNotGiven() throws Exception {
        var id = api.draftBy(author, 1);

        mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value(nullValue()))
                .andExpect(jsonPath("$.municipality").value(nullValue()))
                .andExpect(jsonPath("$.tags", hasSize(0)))
                .andExpect(jsonPath("$.startYear").value(nullValue()))
                .andExpect(jsonPath("$.budget").value(nullValue()))
                .andExpect(jsonPath("$.effects", hasSize(0)));
    }

    @Test
    void refusesTooLongTextsAndTooManyTags() throws Exception {
        var body = fullDraft(1);
        body.put("summary", "к".repeat(1001));
        body.put("municipality", "м".repeat(201));
        body.put("tags", IntStream.rangeClosed(1, 11).mapToObj(i -> "тег " + i).toList());

        mvc.perform(create(body))
                .andExpect(invalid("summary", "Size"))
                .andExpect(invalid("municipality", "Size"))
                .andExpect(invalid("tags", "Size"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void namesTheTagThatIsBlankOrTooLong() throws Exception {
        var body = fullDraft(1);
        body.put("tags", List.of("МФЦ", " ", "бизнес", "т".repeat(51)));

        mvc.perform(create(body))
                .andExpect(invalid("tags[1]", "NotBlank"))
                .andExpect(invalid("tags[3]", "Size"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void refusesAStartYearOutsideNineteenNinetyToNextYear() throws Exception {
        var tooEarly = fullDraft(1);
        tooEarly.put("startYear", 1989);
        mvc.perform(create(tooEarly)).andExpect(invalid("startYear", "Min"));

        var tooLate = fullDraft(1);
        tooLate.put("startYear", Year.now().getValue() + 2);
        mvc.perform(create(tooLate)).andExpect(invalid("startYear", "Max"));

        var notAYear = fullDraft(1);
        notAYear.put("startYear", "в прошлом году");
        mvc.perform(create(notAYear)).andExpect(invalid("startYear", "TypeMismatch"));
        assertThat(api.practicesWrittenBy(author)).isZero();

        var nextYear = fullDraft(1);
        nextYear.put("startYear", Year.now().getValue() + 1);
        mvc.perform(create(nextYear)).andExpect(status().isCreated());
    }

    @Test
    void refusesANegativeHugeOrTooPreciseBudget() throws Exception {
        var negative = fullDraft(1);
        negative.put("budget", -1);
        mvc.perform(create(negative)).andExpect(invalid("budget", "DecimalMin"));

        var huge = fullDraft(1);
        huge.put("budget", 1_000_000_000_000.01);
        mvc.perform(create(huge)).andExpect(invalid("budget", "DecimalMax"));

        var kopecksAndMore = fullDraft(1);
        kopecksAndMore.put("budget", 1500.125);
        mvc.perform(create(kopecksAndMore)).andExpect(invalid("budget", "Digits"));

        var words = fullDraft(1);
        words.put("budget", "миллион");
        mvc.perform(create(words)).andExpect(invalid("budget", "TypeMismatch"));
        assertThat(api.practicesWrittenBy(author)).isZero();

        var trillion = fullDraft(1);
        trillion.put("budget", 1e12);
        mvc.perform(create(trillion)).andExpect(status().isCreated()).andExpect(jsonPath("$.budget").value(1e12));
    }

    @Test
    @SuppressWarnings("unchecked")
    void namesTheEffectThatIsIncomplete() throws Exception {
        var body = fullDraft(1);
        body.put("effects", new ArrayList<>(List.of(
                effect(" ", "дней", 1, 2),
                effect("и".repeat(301), "е".repeat(51), 1, 2),
                effect("Очередь", "человек", 1.1234567, "много"))));

        mvc.perform(create(body))
                .andExpect(invalid("effects[2].after", "TypeMismatch"));

        ((List<Map<String, Object>>) body.get("effects")).get(2).put("after", 3);
        mvc.perform(create(body))
                .andExpect(invalid("effects[0].indicator", "NotBlank"))
                .andExpect(invalid("effects[1].indicator", "Size"))
                .andExpect(invalid("effects[1].unit", "Size"))
                .andExpect(invalid("effects[2].before", "Digits"));

        var tooMany = fullDraft(1);
        tooMany.put("effects", IntStream.rangeClosed(1, 21).mapToObj(i -> effect("Показатель " + i, null, null, i)).toList());
        mvc.perform(create(tooMany)).andExpect(invalid("effects", "Size"));
        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    @Test
    void refusesAnInvalidRevisionOfTheNewFieldsAndKeepsTheDraft() throws Exception {
        var id = api.draftBy(author, 1);
        var before = api.row(id);
        var body = fullDraft(2);
        body.put("startYear", 1900);

        mvc.perform(put("/api/v1/practices/{id}", id).with(author.token()).with(api.current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(body)))
                .andExpect(invalid("startYear", "Min"));

        assertThat(api.row(id)).isEqualTo(before);
        mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andExpect(jsonPath("$.startYear").value(nullValue()))
                .andExpect(jsonPath("$.effects", hasSize(0)));
    }

    private MockHttpServletRequestBuilder create(Map<String, Object> body) {
        return post("/api/v1/practices").with(author.token()).contentType(MediaType.APPLICATION_JSON).content(api.json(body));
    }
}
