package dev.praxis.search.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Finding practices by what users type: morphology, synonyms, typos, ranking, highlights, suggestions. */
class PracticeSearchIntegrationTests extends CatalogIntegrationTest {

    @Test
    void findsOtherWordFormsOfRussianWords() throws Exception {
        var result = api.search("q", "многофункциональных центров");

        assertThat(api.ids(result).getFirst()).isEqualTo(catalog.id("mfc"));
    }

    @Test
    void findsAPracticeByTheAbbreviationOfWhatItSpellsOut() throws Exception {
        assertThat(api.ids(api.search("q", "МФЦ"))).first().isEqualTo(catalog.id("mfc"));
    }

    @Test
    void findsAPracticeThatOnlyUsesTheAbbreviationOfWhatIsTyped() throws Exception {
        assertThat(api.ids(api.search("q", "малое и среднее предпринимательство"))).contains(catalog.id("msp"));
    }

    @Test
    void findsAPracticeDespiteATypoAndSaysTheResultIsApproximate() throws Exception {
        var result = api.search("q", "многофункционалный центр");

        assertThat(api.ids(result)).first().isEqualTo(catalog.id("mfc"));
        assertThat(result.<Boolean>read("$.approximate")).isTrue();
    }

    @Test
    void forgivesATypoButStillRequiresEveryWord() throws Exception {
        var result = api.search("q", "многофункционалный центр");

        // The social taxi's "колл-центр" has one of the words only: it is not an answer.
        assertThat(api.ids(api.search("q", "центр"))).contains(catalog.id("elderlyTaxi"));
        assertThat(api.ids(result)).containsExactly(catalog.id("mfc"));
        assertThat(result.<Boolean>read("$.approximate")).isTrue();
    }

    @Test
    void showsOnlyPracticesWithEveryWordWhenThereAreAny() throws Exception {
        var result = api.search("q", "школьный автобус");

        assertThat(api.ids(result)).containsExactlyInAnyOrder(catalog.id("phraseNear"), catalog.id("phraseFar"));
        assertThat(result.<Boolean>read("$.approximate")).isFalse();
        // The misspelt title is not mixed in with exact matches.
        assertThat(api.ids(api.search("q", "многофункциональный"))).containsExactly(catalog.id("mfc"));
    }

    @Test
    void acceptsSomeOfTheWordsWhenNoPracticeHasThemAll() throws Exception {
        var result = api.search("q", "велодорожки для подростков");

        assertThat(api.ids(result)).contains(catalog.id("bikeTitle"), catalog.id("phraseFar"));
        assertThat(result.<Boolean>read("$.approximate")).isTrue();
    }

    @Test
    void callsNothingApproximateWhenEvenTheLooseTryFindsNothing() throws Exception {
        var result = api.search("q", "квазиэлектрокардиограф");

        assertThat(result.<Integer>read("$.total")).isZero();
        assertThat(result.<Boolean>read("$.approximate")).isFalse();
    }

    @Test
    void doesNotLoosenTheWordsWhenOnlyTheFiltersLeaveNothing() throws Exception {
        var result = api.search("q", "велодорожки", "region", "RU-KGD");

        assertThat(result.<Integer>read("$.total")).isZero();
        assertThat(result.<Boolean>read("$.approximate")).isFalse();
        assertThat(CatalogApi.facet(result, "region")).contains(java.util.Map.entry("RU-SPE", 2));
    }

    @Test
    void ranksATitleMatchAboveABodyOnlyMatch() throws Exception {
        assertThat(api.ids(api.search("q", "велодорожки")))
                .containsExactly(catalog.id("bikeTitle"), catalog.id("bikeBody"));
    }

    @Test
    void ranksWordsStandingTogetherAboveScatteredOnes() throws Exception {
        var ids = api.ids(api.search("q", "школьный автобус"));

        assertThat(ids).contains(catalog.id("phraseFar"));
        assertThat(ids.indexOf(catalog.id("phraseNear"))).isLessThan(ids.indexOf(catalog.id("phraseFar")));
    }

    @Test
    void highlightsMatchesInTheTitleAndTheSnippet() throws Exception {
        var result = api.search("q", "велодорожки");

        assertThat(hit(result, "bikeTitle", "titleHighlight")).isEqualTo("<em>Велодорожки</em> вдоль набережной");
        assertThat(hit(result, "bikeBody", "titleHighlight")).isEqualTo("Обновление городских дворов");
        assertThat(hit(result, "bikeBody", "snippet")).contains("<em>велодорожки</em>");
        // Only the title matched: the snippet is the beginning of the problem.
        assertThat(hit(result, "bikeTitle", "snippet"))
                .isEqualTo("Горожане жаловались на нехватку безопасных маршрутов для поездок к реке.");
    }

    @Test
    void escapesHtmlWrittenInAPractice() throws Exception {
        var result = api.search("q", "отчеты");

        assertThat(hit(result, "html", "titleHighlight"))
                .contains("&lt;b&gt;открытых&lt;&#x2F;b&gt;", "&amp;", "<em>отчётов</em>").doesNotContain("<b>");
        assertThat(hit(result, "html", "snippet"))
                .contains("<em>Отчёты</em>", "&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void findsThePracticeThatSolvedAProblemDescribedAtLength() throws Exception {
        String problem = "У нас пожилые люди из сельских поселений месяцами не могут попасть к врачу в районную"
                + " поликлинику, потому что рейсовый автобус ходит раз в неделю, а фельдшерский пункт закрыли.";

        assertThat(api.ids(api.search("q", problem))).first().isEqualTo(catalog.id("elderlyTaxi"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a OR b) AND (", "*", "\\", "{\"query\":1}", "field:value", "title:(центр", "[", "~2",
            "/.*/", "status:SUBMITTED", "&&||!", "<script>"})
    void answersAnyTextWithoutFailing(String q) throws Exception {
        mvc.perform(get("/api/v1/practices/search").param("q", q))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber());
    }

    @Test
    void treatsQuerySyntaxAsText() throws Exception {
        assertThat(api.ids(api.search("q", "status:SUBMITTED"))).doesNotContain(catalog.id("mealsQueued"),
                catalog.id("sportsQueued"));
    }

    @Test
    void suggestsTitlesCompletingAWordPrefix() throws Exception {
        var suggestions = api.suggestions("многофунк");

        assertThat(suggestions.<List<String>>read("$.suggestions[*].id")).contains(catalog.id("mfc"));
        assertThat(suggestions.<List<String>>read("$.suggestions[*].title"))
                .contains("Многофункциональный центр в каждом посёлке");
        assertThat(suggestions.<List<String>>read("$.suggestions[*].titleHighlight")).anyMatch(t -> t.contains("<em>"));
    }

    @Test
    void suggestsTitlesForASynonym() throws Exception {
        assertThat(api.suggestions("мфц").<List<String>>read("$.suggestions[*].id")).contains(catalog.id("mfc"));
    }

    @Test
    void suggestsOnlyApprovedPracticesToAnonymousUsers() throws Exception {
        assertThat(api.suggestions("многофунк").<List<String>>read("$.suggestions[*].id"))
                .isNotEmpty()
                .doesNotContain(catalog.id("sportsQueued"), catalog.id("mfcArchived"));
    }

    @Test
    void rejectsSuggestionRequestsOutsideTheLimits() throws Exception {
        expectViolation(get("/api/v1/practices/suggestions").param("q", ""), "q", "Min");
        expectViolation(get("/api/v1/practices/suggestions").param("q", "я".repeat(101)), "q", "Size");
        expectViolation(get("/api/v1/practices/suggestions").param("q", "мфц").param("size", "11"), "size", "Max");
        expectViolation(get("/api/v1/practices/suggestions").param("q", "мфц").param("size", "0"), "size", "Min");
    }

    @Test
    void listsPracticesOnTheSameTopicAsSimilar() throws Exception {
        var similar = api.similar(catalog.id("meals")).<List<String>>read("$.practices[*].id");

        assertThat(similar).first().isEqualTo(catalog.id("mealsToo"));
        assertThat(similar).doesNotContain(catalog.id("meals"), catalog.id("mealsQueued"));
    }

    @Test
    void answers404ForSimilarPracticesOfAnUnknownOrHiddenPractice() throws Exception {
        mvc.perform(get("/api/v1/practices/{id}/similar", UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/not-found"));
        mvc.perform(get("/api/v1/practices/{id}/similar", catalog.id("mealsQueued")))
                .andExpect(status().isNotFound());
        expectViolation(get("/api/v1/practices/{id}/similar", catalog.id("meals")).param("size", "11"), "size", "Max");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/practices/{id}", "/api/v1/practices/{id}/similar"})
    void rejectsAnIdThatIsNotAUuidNamingTheFieldAndTheRule(String path) throws Exception {
        for (String id : List.of("x".repeat(5000), "no-such-practice", catalog.id("meals") + "x", "' OR 1=1")) {
            mvc.perform(get(path, id).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/validation"))
                    .andExpect(jsonPath("$.errors[0].field").value("id"))
                    .andExpect(jsonPath("$.errors[0].rule").value("TypeMismatch"))
                    .andExpect(jsonPath("$.errors[0].message").value(
                            "Must be a practice id: a UUID such as 0b6f3c1e-7a2d-4c1b-9e0f-2a4b6c8d0e1f."));
        }
        // A well-formed id that names no practice is still a 404, and one in capitals is the same id.
        mvc.perform(get(path, UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get(path, catalog.id("meals").toUpperCase())).andExpect(status().isOk());
    }

    private void expectViolation(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                 String field, String rule) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(rule));
    }

    private String hit(DocumentContext result, String key, String field) {
        List<String> values = result.read("$.hits[?(@.id == '" + catalog.id(key) + "')]." + field);
        assertThat(values).as("hit %s", key).hasSize(1);
        return values.getFirst();
    }
}
