package dev.praxis.web.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.web.downstream.Problem;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.Direction;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.reference.Region;
import dev.praxis.web.security.SecurityConfiguration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.ResourceAccessException;

@WebMvcTest(CatalogController.class)
@Import(SecurityConfiguration.class)
class CatalogPageTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Catalogue catalogue;

    @MockitoBean
    ReferenceData referenceData;

    @BeforeEach
    void referenceData() {
        given(referenceData.regions()).willReturn(List.of(new Region("RU-KGD", "Калининградская область",
                "Kaliningrad Oblast", "Северо-Западный")));
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
                .andExpect(content().string(containsString("<a class=\"hit-title\" href=\"/practices/"
                        + "0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10\">Центр для фермеров</a>")))
                .andExpect(content().string(containsString("Открыт <em>центр</em> предоставления услуг")))
                .andExpect(content().string(containsString("<strong id=\"total\">1</strong>")));
    }

    @Test
    void htmxRequestGetsOnlyTheResults() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("<em>центр</em>"));

        mvc.perform(get("/").param("q", "центр").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results-region\"")))
                .andExpect(content().string(not(containsString("id=\"search-form\""))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void markupInASnippetIsShownAsText() throws Exception {
        given(catalogue.search(any())).willReturn(oneHit("<script>alert(1)</script><em>центр</em>"));

        mvc.perform(get("/"))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;<em>центр</em>")));
    }

    @Test
    void saysNothingWasFoundWithTips() throws Exception {
        given(catalogue.search(any())).willReturn(new SearchResult(0, 0, 10, List.of()));

        mvc.perform(get("/").param("q", "несуществующее"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ничего не найдено")));
    }

    @Test
    void explainsThatSearchIsUnavailableInsteadOfFailing() throws Exception {
        given(catalogue.search(any())).willThrow(new ResourceAccessException("Connection refused"));

        mvc.perform(get("/").param("q", "центр"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поиск сейчас недоступен")));
    }

    @Test
    void searchesWithoutFiltersWhenTheRegistryIsDown() throws Exception {
        given(referenceData.regions()).willThrow(new ServiceException.Unavailable(503, emptyProblem()));
        given(catalogue.search(any())).willReturn(oneHit("<em>центр</em>"));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"hit\"")))
                .andExpect(content().string(not(containsString("id=\"region\""))));
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

    private static SearchResult oneHit(String snippet) {
        return new SearchResult(1, 0, 10, List.of(new SearchResult.Hit("0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10",
                "Центр для фермеров", snippet, "RU-KGD", "Калининградская область", "business-support",
                "Поддержка бизнеса", null)));
    }

    private static Problem emptyProblem() {
        return new Problem(null, null, null, null, null, null, null);
    }
}
