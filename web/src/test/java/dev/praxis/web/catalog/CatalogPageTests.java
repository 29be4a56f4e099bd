package dev.praxis.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.web.downstream.Problem;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.Direction;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.reference.Region;
import dev.praxis.web.security.SecurityConfiguration;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.ResourceAccessException;

@WebMvcTest(CatalogController.class)
@Import(SecurityConfiguration.class)
class CatalogPageTests {

    private static final String ID = "0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Catalogue catalogue;

    @MockitoBean
    ReferenceData referenceData;

    @BeforeEach
    void referenceData() {
        given(referenceData.regions()).willReturn(List.of(new Region("RU-KGD", "Калининградская область",
                "Kaliningrad Oblast", "Северо-Западный федеральный округ", "Northwestern Federal District")));
        given(referenceData.directions()).willReturn(List.of(new Direction("business-support",
                "Поддержка бизнеса", "Business support")));
    }

    @Test
    void anonymousVisitorSeesTheCatalogueInRussian() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("Открыт <em>центр</em> предоставления услуг"));

        mvc.perform(get("/").param("q", "центров"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-form\"")))
                .andExpect(content().string(containsString("Каталог практик")))
                .andExpect(content().string(containsString("id=\"login\"")))
                .andExpect(content().string(containsString("<a class=\"hit-title\" href=\"/practices/" + ID
                        + "\"><em>Центр</em> для фермеров</a>")))
                .andExpect(content().string(containsString("Открыт <em>центр</em> предоставления услуг")))
                .andExpect(content().string(containsString("<strong id=\"total\">1</strong>")));
    }

    @Test
    void thePageLinksTheSiteIcon() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("x"));

        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">")))
                .andExpect(content().string(containsString(
                        "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">")));
    }

    @Test
    void aHeadOfTheCatalogueIsAnsweredWithoutSigningIn() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("Открыт центр предоставления услуг"));

        mvc.perform(head("/").param("q", "центров")).andExpect(status().isOk());
    }

    @Test
    void showsTheEscapedTitleWhenTheTitleDidNotMatch() throws Exception {
        given(catalogue.search(any())).willReturn(result(1, 0, hit(ID, "Кафе <для> всех", null, "<em>кафе</em>")));

        mvc.perform(get("/").param("q", "кафе"))
                .andExpect(content().string(containsString(">Кафе &lt;для&gt; всех</a>")));
    }

    @Test
    void htmxRequestGetsOnlyFacetsAndResults() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                List.of(count("RU-KGD", 5)), null, null, null, null, null, null)));

        mvc.perform(get("/").param("q", "центр").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-body\"")))
                .andExpect(content().string(containsString("id=\"facets\"")))
                .andExpect(content().string(containsString("id=\"results-region\"")))
                .andExpect(content().string(not(containsString("id=\"q\""))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theFiltersWaitBehindAToggleBeforeTheResultsAndItCountsTheTickedValues() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                List.of(count("RU-KGD", 5)), null, List.of(count("business-support", 3)), null, null, null, null)));

        String page = mvc.perform(get("/").param("region", "RU-KGD").param("direction", "business-support"))
                .andReturn().getResponse().getContentAsString();

        // Closed: on a phone the results come first; the stylesheet shows the facets on a wide screen.
        assertThat(page).containsSubsequence("<details id=\"filters\" class=\"filters\">",
                "<summary id=\"filters-toggle\"><span>Фильтры</span>",
                "<span id=\"active-filter-count\" class=\"badge\">выбрано: 2</span></summary>",
                "<div id=\"facets\" class=\"facets\">", "id=\"facet-direction\"", "id=\"apply-filters\"",
                "</details>", "id=\"results-region\"", "id=\"results\"");
        assertThat(page).contains("<script src=\"/js/filters.js\" defer>");

        mvc.perform(get("/").param("lang", "en").param("region", "RU-KGD"))
                .andExpect(content().string(containsString(
                        "<span id=\"active-filter-count\" class=\"badge\">1 selected</span>")));
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<summary id=\"filters-toggle\"><span>Фильтры</span>")))
                .andExpect(content().string(not(containsString("active-filter-count"))));
    }

    @Test
    void anUpdateInPlaceKeepsTheFiltersOpenWhenTheVisitorHadOpenedThem() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                List.of(count("RU-KGD", 5)), null, null, null, null, null, null)));

        mvc.perform(get("/").param("region", "RU-KGD").header("HX-Request", "true").header("Praxis-Filters", "open"))
                .andExpect(header().string("Vary", containsString("Praxis-Filters")))
                .andExpect(content().string(containsString("<details id=\"filters\" class=\"filters\" open=\"open\">")));
        mvc.perform(get("/").param("region", "RU-KGD").header("HX-Request", "true"))
                .andExpect(content().string(containsString("<details id=\"filters\" class=\"filters\">")));
        mvc.perform(get("/js/filters.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("headers['Praxis-Filters'] = 'open'")));
    }

    @Test
    void anUpdateInPlaceTellsScreenReadersHowManyPracticesWereFound() throws Exception {
        given(catalogue.search(any())).willReturn(result(12, 0, hit(ID, "Центр", null, "x")));

        mvc.perform(get("/").param("q", "центр").header("HX-Request", "true"))
                .andExpect(content().string(containsString(
                        "<p id=\"search-announcement\" hx-swap-oob=\"innerHTML\">Найдено практик: 12</p>")));
    }

    @Test
    void anUpdateInPlaceAnnouncesAnEmptyResultAndAnUnavailableSearch() throws Exception {
        given(catalogue.search(any())).willReturn(result(0, 0));
        mvc.perform(get("/").param("q", "нечто").header("HX-Request", "true"))
                .andExpect(content().string(containsString("hx-swap-oob=\"innerHTML\">Ничего не найдено</p>")));

        given(catalogue.search(any())).willThrow(new ResourceAccessException("Connection refused"));
        mvc.perform(get("/").param("q", "нечто").header("HX-Request", "true"))
                .andExpect(content().string(containsString(
                        "hx-swap-oob=\"innerHTML\">Сервис поиска не отвечает. Попробуйте ещё раз через минуту.</p>")));
    }

    @Test
    void aWholePageKeepsItsLiveRegionEmptyAndOutsideTheReplacedPart() throws Exception {
        given(catalogue.search(any())).willReturn(result(12, 0, hit(ID, "Центр", null, "x")));

        mvc.perform(get("/").param("q", "центр"))
                .andExpect(content().string(containsString(
                        "<p id=\"search-announcement\" class=\"visually-hidden\" role=\"status\"></p>")))
                .andExpect(content().string(not(containsString("hx-swap-oob"))));
    }

    @Test
    void markupInASnippetOrTitleIsRemovedButTheEmphasis() throws Exception {
        given(catalogue.search(any())).willReturn(result(1, 0, hit(ID, "x", "<img src=x onerror=alert(1)><em>x</em>",
                "<script>alert(1)</script><em>центр</em> <em onclick=\"steal()\">услуг")));

        mvc.perform(get("/"))
                .andExpect(content().string(not(containsString("alert(1)"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("steal()"))))
                .andExpect(content().string(containsString("\"><em>x</em></a>")))
                // An unclosed emphasis ends with its snippet: the rest of the page is not highlighted.
                .andExpect(content().string(containsString("<em>центр</em> <em>услуг</em></p>")));
    }

    @Test
    void showsFacetsWithNamesCountsAndTheChosenValuesTicked() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                List.of(count("RU-KGD", 5), count("RU-TA", 2)),
                List.of(count("Северо-Западный федеральный округ", 5)),
                List.of(count("business-support", 3)),
                List.of(count("2021", 4)),
                List.of(count("up-to-1m", 2), count("not-stated", 3)),
                List.of(count("SUBMITTED", 1)),
                List.of(count("true", 1), count("false", 4)))));

        String page = mvc.perform(get("/").param("direction", "business-support").param("budget", "1m-10m"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<fieldset id=\"facet-region\"", "<fieldset id=\"facet-district\"",
                "<fieldset id=\"facet-direction\"", "<fieldset id=\"facet-year\"", "<fieldset id=\"facet-budget\"",
                "<fieldset id=\"facet-replicated\"", "id=\"apply-filters\"");
        assertThat(page).contains(">Калининградская область</span>", "<span class=\"count\">5</span>",
                ">Поддержка бизнеса</span>", ">до 1 млн ₽</span>", ">не указан</span>", ">уже тиражировалась</span>");
        // An unknown region code still shows, as the code.
        assertThat(page).contains(">RU-TA</span>");
        assertThat(page).containsPattern(
                "<input type=\"checkbox\" id=\"facet-direction-business-support\" name=\"direction\" "
                        + "value=\"business-support\" checked=\"checked\">");
        assertThat(page).containsPattern("<input type=\"checkbox\" id=\"facet-region-RU-KGD\" name=\"region\" "
                + "value=\"RU-KGD\">");
        // A chosen value with no hits any more stays listed, ticked, so it can be unticked.
        assertThat(page).contains("value=\"1m-10m\" checked=\"checked\"", ">от 1 до 10 млн ₽</span>");
        assertThat(page).doesNotContain("facet-status");
    }

    @Test
    void showsYearsNewestFirstWhateverOrderTheServiceCountedThem() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                List.of(count("RU-TA", 1), count("RU-KGD", 5)), null, null,
                List.of(count("2021", 9), count("2019", 5), count("2023", 2)), null, null, null)));

        String page = mvc.perform(get("/").param("year", "2024"))
                .andReturn().getResponse().getContentAsString();

        // The chosen year without hits takes its place among the others, not the end of the list.
        assertThat(page).containsSubsequence("id=\"facet-year-2024\"", "id=\"facet-year-2023\"",
                "id=\"facet-year-2021\"", "id=\"facet-year-2019\"");
        // Other facets keep the service's order (by count).
        assertThat(page).containsSubsequence("id=\"facet-region-RU-TA\"", "id=\"facet-region-RU-KGD\"");
    }

    @Test
    void namesFacetValuesInEnglish() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                List.of(count("RU-KGD", 5)), null, null, null, List.of(count("over-100m", 1)), null, null)));

        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString(">Kaliningrad Oblast</span>")))
                .andExpect(content().string(containsString(">over RUB 100 million</span>")));
    }

    @Test
    void sendsEveryChosenFilterSortAndPageToTheSearch() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("x"));

        mvc.perform(get("/").param("q", " центр ").param("region", "RU-KGD", "RU-TA", "")
                .param("year", "2021").param("replicated", "true").param("sort", "score").param("page", "3"));

        ArgumentCaptor<CatalogQuery> asked = ArgumentCaptor.forClass(CatalogQuery.class);
        then(catalogue).should().search(asked.capture());
        assertThat(asked.getValue().q()).isEqualTo("центр");
        assertThat(asked.getValue().region()).containsExactly("RU-KGD", "RU-TA");
        assertThat(asked.getValue().year()).containsExactly("2021");
        assertThat(asked.getValue().replicated()).containsExactly("true");
        assertThat(asked.getValue().sort()).isEqualTo("score");
        assertThat(asked.getValue().zeroBasedPage()).isEqualTo(2);
    }

    @Test
    void keepsTheChosenSortSelected() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("x"));

        mvc.perform(get("/").param("q", "центр").param("sort", "score"))
                .andExpect(content().string(containsString("<option value=\"score\" selected=\"selected\"")))
                .andExpect(content().string(containsString("<option value=\"relevance\">")));
    }

    @Test
    void theDefaultSortSubmitsNothingSoNewWordsAreSortedByRelevance() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("x"));

        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<option value=\"\" selected=\"selected\">сначала новые")))
                .andExpect(content().string(containsString("<option value=\"relevance\">")));
    }

    @Test
    void linksPagesWithEveryFilterAndMarksTheCurrentOne() throws Exception {
        given(catalogue.search(any())).willReturn(new SearchResult(35, 1, 10, "newest", false,
                List.of(hit(ID, "Центр", null, "x")), null));

        mvc.perform(get("/").param("q", "центр & co").param("region", "RU-KGD").param("budget", "up-to-1m")
                        .param("page", "2"))
                .andExpect(content().string(containsString("<nav id=\"pagination\"")))
                .andExpect(content().string(containsString(
                        "<a aria-current=\"page\" href=\"/?q=%D1%86%D0%B5%D0%BD%D1%82%D1%80%20%26%20co"
                                + "&amp;region=RU-KGD&amp;budget=up-to-1m&amp;page=2\">2</a>")))
                .andExpect(content().string(containsString("rel=\"next\" href=\"/?q=%D1%86%D0%B5%D0%BD%D1%82%D1%80"
                        + "%20%26%20co&amp;region=RU-KGD&amp;budget=up-to-1m&amp;page=3\"")))
                .andExpect(content().string(containsString("rel=\"prev\"")))
                .andExpect(content().string(containsString("<ol id=\"results\" class=\"hits\" start=\"11\">")));
    }

    @Test
    void offersNoPagesBeyondTheSearchServicesResultWindow() throws Exception {
        given(catalogue.search(any())).willReturn(new SearchResult(50_000, 999, 10, "newest", false,
                List.of(hit(ID, "Центр", null, "x")), null));

        mvc.perform(get("/").param("page", "1000"))
                .andExpect(content().string(containsString("aria-current=\"page\" href=\"/?page=1000\"")))
                .andExpect(content().string(not(containsString("rel=\"next\""))));
    }

    @Test
    void saysNothingWasFoundAndOffersToClearTheFilters() throws Exception {
        given(catalogue.search(any())).willReturn(new SearchResult(0, 0, 10, "relevance", false, List.of(), null));

        mvc.perform(get("/").param("q", "несуществующее").param("region", "RU-KGD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"empty-results\"")))
                .andExpect(content().string(containsString("Ничего не найдено")))
                .andExpect(content().string(containsString("id=\"clear-filters\" class=\"button secondary\" "
                        + "href=\"/?q=%D0%BD%D0%B5%D1%81%D1%83%D1%89%D0%B5%D1%81%D1%82%D0%B2%D1%83%D1%8E%D1%89%D0%B5%D0%B5\"")));
    }

    @Test
    void saysWhenNoPracticeHadEveryWord() throws Exception {
        given(catalogue.search(any())).willReturn(new SearchResult(1, 0, 10, "relevance", true,
                List.of(hit(ID, "Центр для фермеров", null, "x")), null));

        mvc.perform(get("/").param("q", "центр фирмеров"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"approximate-results\"")))
                .andExpect(content().string(containsString("Практик со всеми словами запроса нет")));
        given(catalogue.search(any())).willReturn(oneHit("x"));
        mvc.perform(get("/").param("q", "центр"))
                .andExpect(content().string(not(containsString("approximate-results"))));
    }

    @Test
    void explainsThatSearchIsUnavailableInsteadOfFailing() throws Exception {
        given(catalogue.search(any())).willThrow(new ResourceAccessException("Connection refused"));

        mvc.perform(get("/").param("q", "центр"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поиск сейчас недоступен")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void explainsThatSearchIsUnavailableWhenTheServiceAnswers503() throws Exception {
        given(catalogue.search(any())).willThrow(new ServiceException.Unavailable(503, emptyProblem()));

        mvc.perform(get("/").param("q", "центр"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поиск сейчас недоступен")));
    }

    @Test
    void refusesATooLongQueryWithoutAskingTheService() throws Exception {
        mvc.perform(get("/").param("q", "ц".repeat(1001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("не более 1000 символов")));
        then(catalogue).shouldHaveNoInteractions();
    }

    @Test
    void showsCodesInFacetsWhenTheRegistryIsDown() throws Exception {
        given(referenceData.regions()).willThrow(new ServiceException.Unavailable(503, emptyProblem()));
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                List.of(count("RU-KGD", 5)), null, null, null, null, null, null)));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"hit\"")))
                .andExpect(content().string(containsString(">RU-KGD</span>")));
    }

    @Test
    void hidesTheStatusFacetAndIgnoresAStatusFilterFromThepublic() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                null, null, null, null, null, List.of(count("SUBMITTED", 2)), null)));

        mvc.perform(get("/").param("status", "SUBMITTED").with(user("author", "author")))
                .andExpect(content().string(not(containsString("facet-status"))));

        ArgumentCaptor<CatalogQuery> asked = ArgumentCaptor.forClass(CatalogQuery.class);
        then(catalogue).should().search(asked.capture());
        assertThat(asked.getValue().status()).isEmpty();
    }

    @Test
    void showsStaffTheStatusFacet() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(
                null, null, null, null, null, List.of(count("SUBMITTED", 2), count("ARCHIVED", 1)), null)));

        mvc.perform(get("/").param("status", "SUBMITTED").with(user("expert", "expert")))
                .andExpect(content().string(containsString("<fieldset id=\"facet-status\"")))
                .andExpect(content().string(containsString("value=\"SUBMITTED\" checked=\"checked\"")))
                .andExpect(content().string(containsString(">В архиве</span>")));

        ArgumentCaptor<CatalogQuery> asked = ArgumentCaptor.forClass(CatalogQuery.class);
        then(catalogue).should().search(asked.capture());
        assertThat(asked.getValue().status()).containsExactly("SUBMITTED");
    }

    @Test
    void theSearchBoxIsAComboboxOverAListOfSuggestions() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("<em>МФЦ</em>"));

        mvc.perform(get("/"))
                .andExpect(content().string(matchesPattern("(?s).*<input type=\"search\" id=\"q\"[^>]*\\s"
                        + "role=\"combobox\"\\s+aria-autocomplete=\"list\"\\s+aria-expanded=\"false\"\\s+"
                        + "aria-controls=\"suggestions\"\\s+aria-describedby=\"suggestions-hint\"[^>]*>.*")))
                .andExpect(content().string(matchesPattern("(?s).*<ul id=\"suggestions\" class=\"suggestions\""
                        + " role=\"listbox\" aria-label=\"Подсказки\" hidden\\s.*")))
                .andExpect(content().string(containsString("<p id=\"suggestions-hint\" class=\"visually-hidden\">"
                        + "Подсказки появляются по мере ввода")))
                .andExpect(content().string(containsString("<script src=\"/js/suggestions.js\" defer>")));
        mvc.perform(get("/js/suggestions.js"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-activedescendant")));
    }

    @Test
    void suggestsTitlesAsOptionsAndSaysHowManyThereAre() throws Exception {
        given(catalogue.suggest("мфц")).willReturn(new Suggestions(List.of(
                new Suggestions.Suggestion(ID, "Очереди в МФЦ \"быстрые окна\""),
                new Suggestions.Suggestion(ID, "Окна для бизнеса в многофункциональных центрах"))));

        mvc.perform(get("/suggestions").param("q", " мфц ").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s)\\s*"
                        + "<li role=\"option\" id=\"suggestion-0\" aria-selected=\"false\">Очереди в МФЦ &quot;быстрые окна&quot;</li>\\s*"
                        + "<li role=\"option\" id=\"suggestion-1\" aria-selected=\"false\">Окна для бизнеса в многофункциональных центрах</li>\\s*"
                        + "<p id=\"suggestions-status\" hx-swap-oob=\"innerHTML\">Подсказок: 2</p>\\s*")));
    }

    @Test
    void suggestsNothingWhenSearchIsUnavailableOrNothingIsTyped() throws Exception {
        given(catalogue.suggest(any())).willThrow(new ResourceAccessException("Connection refused"));

        mvc.perform(get("/suggestions").param("q", "мфц"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<li"))))
                .andExpect(content().string(containsString("<p id=\"suggestions-status\" hx-swap-oob=\"innerHTML\"></p>")));
        mvc.perform(get("/suggestions").param("q", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<li"))));
    }

    @Test
    void switchesToEnglishAndRemembersItInACookie() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("<em>centre</em>"));

        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Catalogue of practices")))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(cookie().value("praxis-lang", "en"));
    }

    @Test
    void theLanguageLinksKeepTheSearchItsFiltersAndItsPage() throws Exception {
        given(catalogue.search(any())).willReturn(new SearchResult(35, 1, 10, "newest", false,
                List.of(hit(ID, "Центр", null, "x")), null));

        mvc.perform(get(URI.create("/?q=%D1%86%D0%B5%D0%BD%D1%82%D1%80%20%26%20co&region=RU-KGD&page=2")))
                .andExpect(content().string(containsString("id=\"lang-en\" href=\"/?q=%D1%86%D0%B5%D0%BD%D1%82%D1%80"
                        + "%20%26%20co&amp;region=RU-KGD&amp;page=2&amp;lang=en\"")));
        mvc.perform(get(URI.create("/?lang=en&q=%D1%86%D0%B5%D0%BD%D1%82%D1%80")))
                .andExpect(content().string(containsString(
                        "id=\"lang-ru\" href=\"/?q=%D1%86%D0%B5%D0%BD%D1%82%D1%80&amp;lang=ru\"")));
    }

    @Test
    void anUpdateInPlaceAlsoRefreshesTheLanguageLinks() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("x"));

        mvc.perform(get(URI.create("/?q=%D0%BC%D1%84%D1%86")).header("HX-Request", "true"))
                .andExpect(content().string(containsString("<ul id=\"lang-switch\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("id=\"lang-en\" href=\"/?q=%D0%BC%D1%84%D1%86&amp;lang=en\"")));
    }

    @Test
    void namesRegionsDirectionsAndDistrictsOfTheResultsInEnglish() throws Exception {
        given(catalogue.search(any())).willReturn(withFacets(new SearchResult.Facets(null,
                List.of(count("Северо-Западный федеральный округ", 5), count("Неизвестный округ", 1)),
                null, null, null, null, null)));

        String page = mvc.perform(get("/").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<span class=\"region\">Kaliningrad Oblast</span>",
                "<span class=\"direction\">Business support</span>", ">Northwestern Federal District</span>",
                ">Неизвестный округ</span>");
        // The practice's own words keep their language for a screen reader.
        assertThat(page).contains("<h2 lang=\"ru\"><a class=\"hit-title\"");
        assertThat(page).doesNotContain("Калининградская область", "Поддержка бизнеса");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastOne() throws Exception {
        given(catalogue.search(any())).willReturn(new SearchResult(35, 9, 10, "newest", false, List.of(), null));

        mvc.perform(get("/").param("q", "центр").param("region", "RU-KGD").param("page", "10"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/?q=%D1%86%D0%B5%D0%BD%D1%82%D1%80&region=RU-KGD&page=4"));
        // Updated in place the page answers as it is: htmx would follow a redirect into the results.
        mvc.perform(get("/").param("q", "центр").param("page", "10").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"empty-results\"")));
    }

    @Test
    void saysARejectedSearchCannotBeRunAndOffersToClearTheFilters() throws Exception {
        given(catalogue.search(any())).willThrow(new ServiceException.InputRejected(emptyProblem()));

        mvc.perform(get("/").param("q", "центр").param("year", "1900"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>Такой поиск выполнить нельзя</h2>")))
                .andExpect(content().string(not(containsString("Поиск сейчас недоступен"))))
                .andExpect(content().string(containsString("id=\"clear-filters-after-error\" class=\"button secondary\" "
                        + "href=\"/?q=%D1%86%D0%B5%D0%BD%D1%82%D1%80\"")));
    }

    private static OidcLoginRequestPostProcessor user(String username, String role) {
        return oidcLogin()
                .idToken(token -> token.subject(username).claim("name", username))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static SearchResult oneHit(String snippet) {
        return result(1, 0, hit(ID, "Центр для фермеров", "<em>Центр</em> для фермеров", snippet));
    }

    private static SearchResult withFacets(SearchResult.Facets facets) {
        return new SearchResult(1, 0, 10, "newest", false, List.of(hit(ID, "Центр", null, "x")), facets);
    }

    private static SearchResult result(long total, int page, SearchResult.Hit... hits) {
        return new SearchResult(total, page, 10, "relevance", false, List.of(hits), null);
    }

    private static SearchResult.Hit hit(String id, String title, String titleHighlight, String snippet) {
        return new SearchResult.Hit(id, title, titleHighlight, snippet, null, "APPROVED", "RU-KGD",
                "Калининградская область", "Северо-Западный федеральный округ", "business-support",
                "Поддержка бизнеса", List.of(), 2021, null, 0, null, null, "ru");
    }

    private static SearchResult.Count count(String value, long count) {
        return new SearchResult.Count(value, count);
    }

    private static Problem emptyProblem() {
        return new Problem(null, null, null, null, null, null, null);
    }
}
