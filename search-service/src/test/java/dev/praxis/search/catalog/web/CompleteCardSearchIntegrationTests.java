package dev.praxis.search.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import dev.praxis.search.IntegrationTestSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Searching the complete card (registry docs/practice-card.md): every text field in both languages,
 * the region's and municipality's names, organisations and partners, the recommendation facet and
 * the staff's status facet over the whole lifecycle. The cards go through the feed, as in production,
 * all under one direction of their own so that other tests' practices never count.
 */
class CompleteCardSearchIntegrationTests extends IntegrationTestSupport {

    private static final String DIRECTION = uniqueCode("complete-card-");
    private static final Duration INDEXED = Duration.ofSeconds(20);

    private static final String KALININGRAD = UUID.randomUUID().toString();
    private static final String MENTIONS_KALININGRAD = UUID.randomUUID().toString();
    private static final String ORGANISATION = UUID.randomUUID().toString();
    private static final String PARTNER = UUID.randomUUID().toString();
    private static final String EVERY_FIELD = UUID.randomUUID().toString();
    private static final String IN_TITLE = UUID.randomUUID().toString();
    private static final String IN_SUMMARY = UUID.randomUUID().toString();
    private static final String IN_GOAL = UUID.randomUUID().toString();
    private static final String IN_STEP = UUID.randomUUID().toString();
    private static final String IN_RISKS = UUID.randomUUID().toString();
    private static final String RECOMMENDED_2025 = UUID.randomUUID().toString();
    private static final String RECOMMENDED_2026 = UUID.randomUUID().toString();
    private static final String SCREENING = UUID.randomUUID().toString();
    private static final String UNDER_REVIEW = UUID.randomUUID().toString();
    private static final String REVISION_REQUESTED = UUID.randomUUID().toString();
    private static final String WITHDRAWN = UUID.randomUUID().toString();
    private static final String REJECTED = UUID.randomUUID().toString();
    private static final String ARCHIVED = UUID.randomUUID().toString();
    private static final int PUBLISHED = 12;
    private static final int ALL = 18;

    @Autowired
    MockMvc mvc;

    CatalogApi api;

    @BeforeAll
    static void publishTheCards() {
        var kaliningrad = practice("Единое окно для фермеров", "RU-KGD", "Калининградская область",
                "Фермеры ездили по пяти ведомствам за разрешениями.");
        kaliningrad.put("municipality", "Городской округ «Город Калининград»");
        approved(KALININGRAD, kaliningrad);
        var mentions = practice("Единое окно для фермеров по опыту соседей", "RU-TUL", "Тульская область",
                "Фермеры ездили по ведомствам; решение повторили по опыту Калининградской области.");
        approved(MENTIONS_KALININGRAD, mentions);

        var organisation = practice("Цифровая приёмная", "RU-TUL", "Тульская область", "Обращения терялись.");
        organisation.put("authorOrganisation", "Министерство цифрового развития Тульской области");
        organisation.put("authorOrganisationEn", "Ministry of Digital Development of the Tula Region");
        approved(ORGANISATION, organisation);
        var partner = practice("Обучение сотрудников приёмной", "RU-TUL", "Тульская область", "Сотрудники не знали регламента.");
        partner.put("partners", List.of(Map.of("name", "Муниципалитет Гронингена", "nameEn", "Municipality of Groningen",
                "role", "Обучение", "roleEn", "Training")));
        approved(PARTNER, partner);

        var everyField = practice("Приёмная для заявителей", "RU-TUL", "Тульская область", "Заявители ждали.");
        everyField.put("goal", "Сократить ожидание до ксилофонного минимума");
        everyField.put("audience", "Любители балалайки");
        everyField.put("risks", "Нехватка литавр");
        everyField.put("dos", "Привлекать волонтёров-гобоистов");
        everyField.put("donts", "Не закупать клавесины");
        everyField.put("resources", Map.of("money", "Грант на фаготы", "staff", "Два арфиста", "it", "Программа Тромбон",
                "legalActs", "Положение о виолончелях"));
        everyField.put("steps", List.of(Map.of("position", 1, "key", UUID.randomUUID().toString(), "title", "Подготовить",
                "description", "Описать порядок", "responsible", "Отдел контрабасов", "resources", "Два саксофона",
                "documents", "Регламент мандолин", "kpi", "Доля укулеле", "kpiEn", "Share of harpsichords")));
        everyField.put("effects", List.of(Map.of("key", UUID.randomUUID().toString(), "indicator", "Время ожидания",
                "evidence", "Отчёт о кастаньетах", "evidenceEn", "Report on castanets")));
        everyField.put("titleEn", "Front office for applicants");
        everyField.put("problemEn", "Applicants waited for hours at the theremin");
        everyField.put("risksEn", "Shortage of bagpipes");
        approved(EVERY_FIELD, everyField);

        // The same made-up word, each time in another part of the card.
        approved(IN_TITLE, practice("Окарина для школ", "RU-TUL", "Тульская область", "Проблема школ."));
        var inSummary = practice("Музыка для школ", "RU-TUL", "Тульская область", "Проблема школ.");
        inSummary.put("summary", "Окарина в каждом классе");
        approved(IN_SUMMARY, inSummary);
        var inGoal = practice("Кружки для школ", "RU-TUL", "Тульская область", "Проблема школ.");
        inGoal.put("goal", "Научить играть на окарине");
        approved(IN_GOAL, inGoal);
        var inStep = practice("Уроки для школ", "RU-TUL", "Тульская область", "Проблема школ.");
        inStep.put("steps", List.of(Map.of("position", 1, "title", "Закупить окарины", "description", "По одной на класс")));
        approved(IN_STEP, inStep);
        var inRisks = practice("Занятия для школ", "RU-TUL", "Тульская область", "Проблема школ.");
        inRisks.put("risks", "Окарина может разбиться");
        approved(IN_RISKS, inRisks);

        var recommended2025 = practice("Рекомендованная практика 2025", "RU-TUL", "Тульская область", "Проблема.");
        recommended2025.put("recommendedYear", 2025);
        registry.change(RECOMMENDED_2025, 3, "RECOMMENDED", recommended2025);
        var recommended2026 = practice("Рекомендованная практика 2026", "RU-TUL", "Тульская область", "Проблема.");
        recommended2026.put("recommendedYear", 2026);
        registry.change(RECOMMENDED_2026, 3, "RECOMMENDED", recommended2026);

        for (var queued : Map.of(SCREENING, "SCREENING", UNDER_REVIEW, "UNDER_REVIEW",
                REVISION_REQUESTED, "REVISION_REQUESTED", WITHDRAWN, "WITHDRAWN", REJECTED, "REJECTED",
                ARCHIVED, "ARCHIVED").entrySet()) {
            registry.change(queued.getKey(), 2, queued.getValue(),
                    practice("Практика в статусе " + queued.getValue(), "RU-TUL", "Тульская область", "Проблема."));
        }
    }

    @BeforeEach
    void api() throws Exception {
        api = new CatalogApi(mvc);
        await().atMost(INDEXED).untilAsserted(() -> assertThat(
                (Integer) api.searchAsStaff(inDirection(allStatuses())).read("$.total")).isEqualTo(ALL));
    }

    @Test
    void aRegionsNameFindsItsPracticesFirstInAnyWordForm() throws Exception {
        for (String q : List.of("калининград", "Калининградская область", "калининградской")) {
            assertThat(ids(search(q))).as(q).startsWith(KALININGRAD);
        }
        // A practice that only mentions the region's name in its text comes after the region's own.
        assertThat(ids(search("Калининградская область"))).containsExactly(KALININGRAD, MENTIONS_KALININGRAD);
    }

    @Test
    void aRegionsEnglishNameFindsItsPractices() throws Exception {
        assertThat(ids(search("Kaliningrad"))).containsExactly(KALININGRAD);
        assertThat(ids(search("Kaliningrad Oblast"))).containsExactly(KALININGRAD);
    }

    @Test
    void aMunicipalitysNameFindsItsPractices() throws Exception {
        assertThat(ids(search("городской округ Калининград"))).startsWith(KALININGRAD);
    }

    @Test
    void theAuthorOrganisationFindsItsPracticesInEitherLanguage() throws Exception {
        assertThat(ids(search("министерство цифрового развития"))).containsExactly(ORGANISATION);
        assertThat(ids(search("министерства цифрового развития"))).containsExactly(ORGANISATION);
        assertThat(ids(search("ministry of digital development"))).containsExactly(ORGANISATION);
    }

    @Test
    void aPartnersNameFindsThePracticesItTookPartIn() throws Exception {
        assertThat(ids(search("муниципалитет гронингена"))).containsExactly(PARTNER);
        assertThat(ids(search("municipality of Groningen"))).containsExactly(PARTNER);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            "goal, ксилофонный", "audience, балалайкой", "risks, литавры", "dos, гобоисты", "donts, клавесин",
            "resources.money, фагот", "resources.staff, арфист", "resources.it, тромбон", "resources.legalActs, виолончели",
            "steps.responsible, контрабасы", "steps.resources, саксофоны", "steps.documents, мандолины", "steps.kpi, укулеле",
            "effects.evidence, кастаньеты",
            "titleEn, applicant", "problemEn, theremins", "risksEn, bagpipe", "steps.kpiEn, harpsichord",
            "effects.evidenceEn, castanet"})
    void findsAWordInAnyTextOfTheCardInAnyWordForm(String field, String word) throws Exception {
        assertThat(ids(search(word))).as(field).containsExactly(EVERY_FIELD);
    }

    @Test
    void ranksTitleOverSummaryOverGoalOverStepsOverTheRest() throws Exception {
        assertThat(ids(search("окарина"))).containsExactly(IN_TITLE, IN_SUMMARY, IN_GOAL, IN_STEP, IN_RISKS);
    }

    @Test
    void countsAndFiltersPracticesByTheYearTheyWereRecommendedIn() throws Exception {
        var all = api.search(inDirection());
        assertThat(CatalogApi.facet(all, "recommended")).containsExactly(Map.entry("2026", 1), Map.entry("2025", 1));
        assertThat((Integer) all.read("$.total")).isEqualTo(PUBLISHED);

        var recommended = api.search(inDirection("recommended", "2026"));
        assertThat(ids(recommended)).containsExactly(RECOMMENDED_2026);
        // The facet counts under every filter but its own, so the other year can still be ticked.
        assertThat(CatalogApi.facet(recommended, "recommended")).containsExactly(Map.entry("2026", 1), Map.entry("2025", 1));
        assertThat(ids(api.search(inDirection("recommended", "2025", "recommended", "2026"))))
                .containsExactlyInAnyOrder(RECOMMENDED_2025, RECOMMENDED_2026);
    }

    @Test
    void aCoordinatorCountsEveryStatusOfTheLifecycle() throws Exception {
        var result = api.searchAsStaff(inDirection());
        assertThat(CatalogApi.facet(result, "status")).containsExactlyInAnyOrder(Map.entry("APPROVED", 10),
                Map.entry("RECOMMENDED", 2), Map.entry("SCREENING", 1), Map.entry("UNDER_REVIEW", 1),
                Map.entry("REVISION_REQUESTED", 1), Map.entry("WITHDRAWN", 1), Map.entry("REJECTED", 1),
                Map.entry("ARCHIVED", 1));
        assertThat(ids(api.searchAsStaff(inDirection("status", "SCREENING")))).containsExactly(SCREENING);
        assertThat(ids(api.searchAsStaff(inDirection("status", "WITHDRAWN")))).containsExactly(WITHDRAWN);
    }

    @Test
    void anExpertCountsThePublishedPracticesAndThoseUnderReviewOnly() throws Exception {
        var result = JsonPath.parse(mvc.perform(CatalogApi.with(get("/api/v1/practices/search"), inDirection())
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_expert"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(CatalogApi.facet(result, "status")).containsExactlyInAnyOrder(Map.entry("APPROVED", 10),
                Map.entry("RECOMMENDED", 2), Map.entry("UNDER_REVIEW", 1));
    }

    @Test
    void offersNoSortByExpertScoreWhileNoPracticeHasOne() throws Exception {
        List<String> sorts = api.search(inDirection()).read("$.sorts");
        assertThat(sorts).containsExactly("relevance", "newest", "replications");
    }

    private DocumentContext search(String q) throws Exception {
        return api.search(inDirection("q", q));
    }

    private List<String> ids(DocumentContext result) {
        return api.ids(result);
    }

    private static String[] inDirection(String... params) {
        var all = new String[params.length + 2];
        all[0] = "direction";
        all[1] = DIRECTION;
        System.arraycopy(params, 0, all, 2, params.length);
        return all;
    }

    private static String[] allStatuses() {
        return List.of("APPROVED", "RECOMMENDED", "SCREENING", "UNDER_REVIEW", "REVISION_REQUESTED", "WITHDRAWN",
                "REJECTED", "ARCHIVED").stream().flatMap(status -> Stream.of("status", status))
                .toArray(String[]::new);
    }

    private static void approved(String id, Map<String, Object> card) {
        registry.publish(id, 1, card);
    }

    private static Map<String, Object> practice(String title, String regionCode, String regionName, String problem) {
        var card = IntegrationTestSupport.card(title, regionCode, DIRECTION, problem);
        card.put("regionName", regionName);
        card.put("summary", title);
        card.put("solution", "Открыли приёмную.");
        card.put("steps", List.of(Map.of("position", 1, "title", "Подготовить", "description", "Описать порядок.")));
        card.put("effects", List.of());
        card.put("tags", List.of());
        return card;
    }
}
