package dev.praxis.search.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import dev.praxis.search.catalog.CatalogFixture;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Browsing the catalogue: facets, filters, orders, paging and who sees what. Expected counts
 * follow the table in {@link CatalogFixture}: 26 approved practices in 5 regions.
 */
class CatalogBrowsingIntegrationTests extends CatalogIntegrationTest {

    @Test
    void countsEveryFacetOverTheApprovedCatalogue() throws Exception {
        var result = api.search();

        assertThat(result.<Integer>read("$.total")).isEqualTo(26);
        assertThat(facet(result, "region")).containsExactly(
                Map.entry("RU-TUL", 6), Map.entry("RU-KGD", 5), Map.entry("RU-MOW", 5), Map.entry("RU-SPE", 5),
                Map.entry("RU-TA", 5));
        assertThat(facet(result, "district")).containsExactly(
                Map.entry("Центральный федеральный округ", 11), Map.entry("Северо-Западный федеральный округ", 10),
                Map.entry("Приволжский федеральный округ", 5));
        assertThat(facet(result, "direction")).containsExactly(
                Map.entry("education", 8), Map.entry("business-support", 5), Map.entry("public-services", 5),
                Map.entry("urban-environment", 5), Map.entry("healthcare", 3));
        // Years read as a timeline, newest first, whatever their counts.
        assertThat(facet(result, "year")).containsExactly(
                Map.entry("2023", 3), Map.entry("2022", 5), Map.entry("2021", 6), Map.entry("2020", 6),
                Map.entry("2019", 4), Map.entry("2018", 2));
        assertThat(facet(result, "budget")).containsExactly(
                Map.entry("1m-10m", 7), Map.entry("up-to-1m", 7), Map.entry("10m-100m", 6), Map.entry("not-stated", 4),
                Map.entry("over-100m", 2));
        assertThat(facet(result, "replicated")).containsExactly(Map.entry("false", 13), Map.entry("true", 13));
        assertThat(result.<Map<String, Object>>read("$.facets")).doesNotContainKey("status");
        assertThat(result.<Map<String, Object>>read("$.facets").keySet())
                .containsExactly("region", "district", "direction", "year", "budget", "replicated", "recommended");
        // No practice of the fixture has been recommended for mass replication.
        assertThat(facet(result, "recommended")).isEmpty();
    }

    @Test
    void countsEachFacetUnderTheOtherFiltersButNotItsOwn() throws Exception {
        var result = api.search("region", "RU-SPE", "region", "RU-MOW", "direction", "education");

        assertThat(api.ids(result)).containsExactlyInAnyOrderElementsOf(catalog.ids("phraseFar", "museumGuide"));
        assertThat(facet(result, "region")).containsExactly(
                Map.entry("RU-TUL", 3), Map.entry("RU-KGD", 2), Map.entry("RU-MOW", 1), Map.entry("RU-SPE", 1),
                Map.entry("RU-TA", 1));
        assertThat(facet(result, "direction")).containsExactly(
                Map.entry("urban-environment", 5), Map.entry("education", 2), Map.entry("business-support", 1),
                Map.entry("healthcare", 1), Map.entry("public-services", 1));
        assertThat(facet(result, "budget")).containsExactly(Map.entry("1m-10m", 1), Map.entry("up-to-1m", 1));
    }

    @Test
    void filtersByFederalDistrict() throws Exception {
        var result = api.search("district", "Приволжский федеральный округ");

        assertThat(api.ids(result)).containsExactlyInAnyOrderElementsOf(
                catalog.ids("msp", "elderlyTaxi", "mentoring", "projectOffice", "firstJobs"));
    }

    @Test
    void filtersByBudgetBandIncludingPracticesWithoutABudget() throws Exception {
        assertThat(api.ids(api.search("budget", "not-stated")))
                .containsExactlyInAnyOrderElementsOf(catalog.ids("bikeBody", "mentoring", "projectOffice", "clubCowork"));
        assertThat(api.ids(api.search("budget", "over-100m", "budget", "not-stated")))
                .containsExactlyInAnyOrderElementsOf(catalog.ids("bikeBody", "mentoring", "projectOffice", "clubCowork",
                        "bikeTitle", "wasteSorting"));
        // 1 000 000 exactly would open the next band: 800 000 and 900 000 stay below it.
        assertThat(api.search("budget", "up-to-1m").<Integer>read("$.total")).isEqualTo(7);
    }

    @Test
    void filtersByWhetherAPracticeWasReplicated() throws Exception {
        var replicated = api.search("replicated", "true", "size", "50");
        var notReplicated = api.search("replicated", "false", "size", "50");

        assertThat(replicated.<Integer>read("$.total")).isEqualTo(13);
        assertThat(replicated.<List<Integer>>read("$.hits[*].replicationCount")).allMatch(count -> count > 0);
        assertThat(notReplicated.<List<Integer>>read("$.hits[*].replicationCount")).hasSize(13).containsOnly(0);
    }

    @Test
    void filtersByStartYear() throws Exception {
        assertThat(api.ids(api.search("year", "2018")))
                .containsExactlyInAnyOrderElementsOf(catalog.ids("phraseNear", "consumerSchool"));
        assertThat(api.search("year", "2018", "year", "2023").<Integer>read("$.total")).isEqualTo(5);
    }

    @Test
    void listsNewestFirstByDefault() throws Exception {
        var result = api.search("size", "5");

        assertThat(result.<String>read("$.sort")).isEqualTo("newest");
        assertThat(api.ids(result)).containsExactlyElementsOf(catalog.ids("mealsToo", "meals", "elderlyTaxi", "html",
                "phraseFar"));
    }

    @Test
    void sortsByExpertScoreWithUnscoredPracticesLast() throws Exception {
        var ids = api.ids(api.search("sort", "score", "size", "50"));

        assertThat(ids).hasSize(26);
        assertThat(ids.subList(0, 8)).containsExactlyElementsOf(catalog.ids("elderlyTaxi", "bikeTitle", "leanHospital",
                "mfc", "dispatch", "phraseNear", "meals", "firstJobs"));
        assertThat(ids.subList(16, 26)).containsExactlyInAnyOrderElementsOf(catalog.ids("mfcTypo", "bikeBody",
                "mealsToo", "mentoring", "sportsGrounds", "projectOffice", "accessMap", "wasteSorting", "clubCowork",
                "onlineClubs"));
    }

    @Test
    void sortsByReplications() throws Exception {
        assertThat(api.ids(api.search("sort", "replications", "size", "5"))).containsExactlyElementsOf(
                catalog.ids("leanHospital", "elderlyTaxi", "mfc", "phraseNear", "dispatch"));
    }

    @Test
    void sortsByRelevanceWhenThereIsText() throws Exception {
        assertThat(api.search("q", "велодорожки").<String>read("$.sort")).isEqualTo("relevance");
    }

    @Test
    void walksTheWholeCatalogueWithPageTokensWithoutDuplicatesOrGaps() throws Exception {
        for (String sort : List.of("newest", "score", "replications")) {
            assertThat(walk("sort", sort)).as(sort).containsExactlyInAnyOrderElementsOf(catalog.approvedIds());
        }
        assertThat(walk("q", "центр")).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void pagesByNumber() throws Exception {
        var all = api.ids(api.search("size", "50"));

        var third = api.search("page", "2", "size", "10");

        assertThat(third.<Integer>read("$.total")).isEqualTo(26);
        assertThat(third.<Integer>read("$.page")).isEqualTo(2);
        assertThat(api.ids(third)).containsExactlyElementsOf(all.subList(20, 26));
        assertThat(third.<String>read("$.next")).isNull();
        assertThat(api.ids(api.search("page", "3", "size", "10"))).isEmpty();
    }

    @Test
    void neverShowsAnonymousUsersPracticesThatAreNotApproved() throws Exception {
        var hidden = catalog.ids("mealsQueued", "sportsQueued", "mfcArchived", "rejected");

        assertThat(api.ids(api.search("size", "50"))).doesNotContainAnyElementsOf(hidden);
        assertThat(api.ids(api.search("q", "многофункциональный", "size", "50"))).doesNotContainAnyElementsOf(hidden);
        assertThat(api.ids(api.search("q", "горячие обеды малокомплектные школы", "size", "50")))
                .doesNotContainAnyElementsOf(hidden);
        for (String id : hidden) {
            mvc.perform(get("/api/v1/practices/{id}", id))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/not-found"));
        }
    }

    @Test
    void showsTheCardOfAnApprovedPractice() throws Exception {
        mvc.perform(get("/api/v1/practices/{id}", catalog.id("meals")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Горячее питание в сельских школах"))
                .andExpect(jsonPath("$.regionName").value("Калининградская область"))
                .andExpect(jsonPath("$.steps[0].title").value("Утвердить дорожную карту"))
                .andExpect(jsonPath("$.version").doesNotExist());
    }

    @Test
    void forbidsAnonymousUsersToAskForAStatusOtherThanApproved() throws Exception {
        mvc.perform(get("/api/v1/practices/search").param("status", "SUBMITTED"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/forbidden"));
        mvc.perform(get("/api/v1/practices/search").param("status", "ARCHIVED")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .jwt().authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_author"))))
                .andExpect(status().isForbidden());
        assertThat(api.search("status", "APPROVED").<Integer>read("$.total")).isEqualTo(26);
    }

    @Test
    void letsStaffSearchTheReviewQueue() throws Exception {
        var queue = api.searchAsStaff("status", "SUBMITTED");

        assertThat(api.ids(queue)).containsExactlyInAnyOrderElementsOf(catalog.ids("mealsQueued", "sportsQueued"));
        assertThat(queue.<List<String>>read("$.hits[*].status")).containsOnly("SUBMITTED");
        mvc.perform(get("/api/v1/practices/{id}", catalog.id("mealsQueued")).with(CatalogApi.staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void showsStaffApprovedPracticesByDefaultAndCountsEveryStatus() throws Exception {
        var result = api.searchAsStaff();

        assertThat(result.<Integer>read("$.total")).isEqualTo(26);
        assertThat(facet(result, "status")).containsExactly(Map.entry("APPROVED", 26), Map.entry("SUBMITTED", 2),
                Map.entry("ARCHIVED", 1), Map.entry("REJECTED", 1));
        var queues = api.searchAsStaff("status", "SUBMITTED", "status", "ARCHIVED", "region", "RU-KGD");
        assertThat(api.ids(queues)).containsExactlyInAnyOrderElementsOf(catalog.ids("mealsQueued", "mfcArchived"));
        assertThat(facet(queues, "status")).containsExactly(Map.entry("APPROVED", 5), Map.entry("ARCHIVED", 1),
                Map.entry("SUBMITTED", 1));
    }

    @Test
    void rejectsBadParametersNamingTheFieldAndTheRule() throws Exception {
        expectViolation(get("/api/v1/practices/search").param("q", "я".repeat(1001)), "q", "Size",
                "Длина не должна превышать 1000 символов.");
        expectViolation(get("/api/v1/practices/search").param("budget", "cheap"), "budget", "OneOf", null);
        expectViolation(get("/api/v1/practices/search").param("sort", "best"), "sort", "OneOf", null);
        expectViolation(get("/api/v1/practices/search").param("status", "DRAFT"), "status", "OneOf", null);
        expectViolation(get("/api/v1/practices/search").param("size", "0"), "size", "Min", null);
        expectViolation(get("/api/v1/practices/search").param("page", "-1"), "page", "Min", null);
        expectViolation(get("/api/v1/practices/search").param("page", "1000"), "page", "MaxResultWindow", null);
        expectViolation(get("/api/v1/practices/search").param("after", "garbage"), "after", "Cursor", null);
        expectViolation(get("/api/v1/practices/search").param("region", manyValues(21)), "region", "MaxValues", null);
        expectViolation(get("/api/v1/practices/search").param("size", "ten"), "size", "TypeMismatch", null);
        expectViolation(get("/api/v1/practices/search").param("year", "twenty"), "year", "TypeMismatch", null);
        expectViolation(get("/api/v1/practices/search").param("replicated", "maybe"), "replicated", "TypeMismatch", null);
        String next = api.search("size", "2").read("$.next");
        expectViolation(get("/api/v1/practices/search").param("after", next).param("page", "1"), "page", "AfterWithPage",
                null);
    }

    @Test
    void explainsBadParametersInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/api/v1/practices/search").param("size", "51").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("Max"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be at most 50."));
    }

    private List<String> walk(String... params) throws Exception {
        var seen = new ArrayList<String>();
        String next = null;
        for (int page = 0; page < 10; page++) {
            var request = new ArrayList<>(List.of(params));
            request.addAll(List.of("size", "10"));
            if (next != null) {
                request.addAll(List.of("after", next));
            }
            var result = api.search(request.toArray(String[]::new));
            seen.addAll(api.ids(result));
            next = result.read("$.next");
            if (next == null) {
                return seen;
            }
        }
        throw new AssertionError("Paging did not end after 10 pages: " + seen.size() + " hits");
    }

    private void expectViolation(MockHttpServletRequestBuilder request, String field, String rule, String message)
            throws Exception {
        var result = mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(rule))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        if (message != null) {
            result.andExpect(jsonPath("$.errors[0].message").value(message));
        }
    }

    private static String[] manyValues(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "RU-" + i).toArray(String[]::new);
    }

    private static List<Map.Entry<String, Integer>> facet(DocumentContext result, String name) {
        return CatalogApi.facet(result, name);
    }
}
