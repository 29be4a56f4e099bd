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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.praxis.registry.support.PracticeApi.completeDraft;
import static dev.praxis.registry.support.PracticeApi.map;
import static dev.praxis.registry.support.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The complete card: every field of the design, in Russian and English, through the API and into the outbox. */
@RegistryIntegrationTest
class PracticeCardCompleteIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PracticeApi api;
    @Autowired
    JdbcClient jdbc;

    private static final Path DEMO_PRACTICES = Path.of("../infra/launcher/src/main/resources/demo/practices.json");

    @Autowired
    JsonMapper json;

    private final Users author = Users.author();
    private final Users coordinator = Users.coordinator();

    @Test
    void storesAndReturnsEveryFieldInBothLanguages() throws Exception {
        var id = api.draftBy(author, completeDraft());

        mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titleEn").value("One-stop business support centre"))
                .andExpect(jsonPath("$.summaryEn").value("Every support measure for small business in one place and online."))
                .andExpect(jsonPath("$.authorOrganisation").value("Министерство экономического развития Калининградской области"))
                .andExpect(jsonPath("$.authorOrganisationEn").value("Ministry of Economic Development of Kaliningrad Oblast"))
                .andExpect(jsonPath("$.team[0].name").value("Анна Петрова"))
                .andExpect(jsonPath("$.team[0].jobTitleEn").value("Project lead"))
                .andExpect(jsonPath("$.team[0].email").value("petrova@example.org"))
                .andExpect(jsonPath("$.team[0].phone").value("+7 4012 00-00-00"))
                .andExpect(jsonPath("$.startYear").value(2019))
                .andExpect(jsonPath("$.startDate").value("2019-03-01"))
                .andExpect(jsonPath("$.endYear").value(2021))
                .andExpect(jsonPath("$.endDate").value("2021-12-31"))
                .andExpect(jsonPath("$.budget").value(12_500_000.5))
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.fundingSources[0].kind").value("REGIONAL"))
                .andExpect(jsonPath("$.fundingSources[0].sharePercent").value(70))
                .andExpect(jsonPath("$.fundingSources[1].kind").value("EXTRA_BUDGETARY"))
                .andExpect(jsonPath("$.partners[0].nameEn").value("Chamber of Commerce"))
                .andExpect(jsonPath("$.partners[0].role").value("Консультации"))
                .andExpect(jsonPath("$.partners[0].roleEn").value("Advice"))
                .andExpect(jsonPath("$.audience").value("Начинающие предприниматели"))
                .andExpect(jsonPath("$.audienceEn").value("Starting entrepreneurs"))
                .andExpect(jsonPath("$.reach").value(12000))
                .andExpect(jsonPath("$.problemEn").value("Entrepreneurs went to five agencies to get support."))
                .andExpect(jsonPath("$.goal").value("Поддержка за один визит"))
                .andExpect(jsonPath("$.goalEn").value("Support in one visit"))
                .andExpect(jsonPath("$.solutionEn").value("A single window for every support measure."))
                .andExpect(jsonPath("$.resources.money").value("Бюджет центра"))
                .andExpect(jsonPath("$.resources.staffEn").value("5 advisers"))
                .andExpect(jsonPath("$.resources.it").value("CRM"))
                .andExpect(jsonPath("$.resources.legalActsEn").value("The centre's charter"))
                .andExpect(jsonPath("$.risksEn").value("Queues in the first months"))
                .andExpect(jsonPath("$.dos").value("Обучить консультантов заранее"))
                .andExpect(jsonPath("$.dontsEn").value("Do not open without regulations"))
                .andExpect(jsonPath("$.steps[0].key").isNotEmpty())
                .andExpect(jsonPath("$.steps[0].titleEn").value("Step 1: write the regulations"))
                .andExpect(jsonPath("$.steps[0].resources").value("Юрист"))
                .andExpect(jsonPath("$.steps[0].documentsEn").value("Regulations"))
                .andExpect(jsonPath("$.steps[0].kpi").value("Регламент утверждён"))
                .andExpect(jsonPath("$.steps[1].kpi").value(nullValue()))
                .andExpect(jsonPath("$.effects[0].key").isNotEmpty())
                .andExpect(jsonPath("$.effects[0].indicatorEn").value("Time to get support"))
                .andExpect(jsonPath("$.effects[0].period").value("2019–2021"))
                .andExpect(jsonPath("$.effects[0].evidenceUrl").value("https://example.org/report.pdf"))
                .andExpect(jsonPath("$.effects[0].evidenceEn").value("The ministry's 2021 report"));
    }

    @Test
    void keepsTheKeysOfStepsAndEffectsAcrossEditsAndGivesANewRowANewKey() throws Exception {
        var id = api.draftBy(author, completeDraft());
        var first = read(id);
        String firstStep = JsonPath.read(first, "$.steps[0].key");
        String secondStep = JsonPath.read(first, "$.steps[1].key");
        String effect = JsonPath.read(first, "$.effects[0].key");

        // The author swaps the two steps, adds a third and edits the effect.
        var body = completeDraft();
        @SuppressWarnings("unchecked")
        var steps = (List<Map<String, Object>>) body.get("steps");
        steps.get(0).put("key", firstStep);
        steps.get(1).put("key", secondStep);
        steps.add(steps.removeFirst());
        steps.add(map("title", "Новый шаг"));
        @SuppressWarnings("unchecked")
        var effects = (List<Map<String, Object>>) body.get("effects");
        effects.getFirst().put("key", effect);
        effects.getFirst().put("after", 7);
        api.revise(id, author, body);

        var second = read(id);
        assertThat(JsonPath.<String>read(second, "$.steps[0].key")).isEqualTo(secondStep);
        assertThat(JsonPath.<String>read(second, "$.steps[1].key")).isEqualTo(firstStep);
        assertThat(JsonPath.<String>read(second, "$.steps[2].key")).isNotIn(firstStep, secondStep).isNotBlank();
        assertThat(JsonPath.<String>read(second, "$.effects[0].key")).isEqualTo(effect);
    }

    @Test
    void showsTheTeamsContactsToSignedInUsersOnly() throws Exception {
        var id = api.draftBy(author, completeDraft());
        api.move(id, "submit", author);
        api.toReview(id, coordinator);
        api.move(id, "approve", coordinator);

        mvc.perform(get("/api/v1/practices/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authorOrganisation").value("Министерство экономического развития Калининградской области"))
                .andExpect(jsonPath("$.team", hasSize(1)))
                .andExpect(jsonPath("$.team[0].name").value("Анна Петрова"))
                .andExpect(jsonPath("$.team[0].email").value(nullValue()))
                .andExpect(jsonPath("$.team[0].phone").value(nullValue()));
        mvc.perform(get("/api/v1/practices/{id}", id).with(Users.official().token()))
                .andExpect(jsonPath("$.team[0].email").value("petrova@example.org"))
                .andExpect(jsonPath("$.team[0].phone").value("+7 4012 00-00-00"));
    }

    @Test
    void putsEveryPublicFieldOnTheOutboxCardInBothLanguagesButNoContacts() throws Exception {
        var id = api.draftBy(author, completeDraft());
        api.move(id, "submit", author);

        var card = jdbc.sql("select payload::text from practice_cards where practice_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(JsonPath.<String>read(card, "$.titleEn")).isEqualTo("One-stop business support centre");
        assertThat(JsonPath.<String>read(card, "$.goal")).isEqualTo("Поддержка за один визит");
        assertThat(JsonPath.<String>read(card, "$.goalEn")).isEqualTo("Support in one visit");
        assertThat(JsonPath.<String>read(card, "$.audienceEn")).isEqualTo("Starting entrepreneurs");
        assertThat(JsonPath.<Integer>read(card, "$.reach")).isEqualTo(12000);
        assertThat(JsonPath.<String>read(card, "$.currency")).isEqualTo("EUR");
        assertThat(JsonPath.<Object>read(card, "$.budgetRub")).as("no conversion from euros").isNull();
        assertThat(JsonPath.<Number>read(card, "$.budget").doubleValue()).isEqualTo(12_500_000.5);
        assertThat(JsonPath.<String>read(card, "$.fundingSources[1].kind")).isEqualTo("EXTRA_BUDGETARY");
        assertThat(JsonPath.<String>read(card, "$.partners[0].roleEn")).isEqualTo("Advice");
        assertThat(JsonPath.<String>read(card, "$.resources.legalActs")).isEqualTo("Положение о центре");
        assertThat(JsonPath.<String>read(card, "$.steps[0].kpiEn")).isEqualTo("Regulations approved");
        assertThat(JsonPath.<String>read(card, "$.steps[0].key")).isNotBlank();
        assertThat(JsonPath.<String>read(card, "$.effects[0].evidenceUrl")).isEqualTo("https://example.org/report.pdf");
        assertThat(JsonPath.<String>read(card, "$.dontsEn")).isEqualTo("Do not open without regulations");
        assertThat(JsonPath.<String>read(card, "$.authorOrganisationEn"))
                .isEqualTo("Ministry of Economic Development of Kaliningrad Oblast");
        assertThat(card).doesNotContain("petrova@example.org", "4012");
    }

    @Test
    void namesTheFieldAndRuleOfEveryBrokenCardRule() throws Exception {
        var unknownCurrency = completeDraft();
        unknownCurrency.put("currency", "ABC");
        mvc.perform(create(unknownCurrency)).andExpect(invalid("currency", "IsoCurrency"));

        var sharesOff = completeDraft();
        sharesOff.put("fundingSources", List.of(map("kind", "FEDERAL", "sharePercent", 60),
                map("kind", "MUNICIPAL", "sharePercent", 30)));
        mvc.perform(create(sharesOff)).andExpect(invalid("fundingSources", "SharesTotal100"));

        var kindTwice = completeDraft();
        kindTwice.put("fundingSources", List.of(map("kind", "FEDERAL"), map("kind", "FEDERAL")));
        mvc.perform(create(kindTwice)).andExpect(invalid("fundingSources", "DistinctKinds"));

        var unknownKind = completeDraft();
        unknownKind.put("fundingSources", List.of(map("kind", "LOTTERY")));
        mvc.perform(create(unknownKind)).andExpect(invalid("fundingSources[0].kind", "TypeMismatch"));

        var endBeforeStart = completeDraft();
        endBeforeStart.put("endYear", 2019);
        endBeforeStart.put("endDate", "2019-01-31");
        mvc.perform(create(endBeforeStart)).andExpect(invalid("endDate", "ConsistentPeriod"));

        var dateOutsideYear = completeDraft();
        dateOutsideYear.put("startYear", 2018);
        mvc.perform(create(dateOutsideYear)).andExpect(invalid("startDate", "ConsistentPeriod"));

        var negativeReach = completeDraft();
        negativeReach.put("reach", -1);
        mvc.perform(create(negativeReach)).andExpect(invalid("reach", "Min"));

        var notALink = completeDraft();
        @SuppressWarnings("unchecked")
        var effect = (Map<String, Object>) ((List<?>) notALink.get("effects")).getFirst();
        effect.put("evidenceUrl", "отчёт на сайте");
        mvc.perform(create(notALink)).andExpect(invalid("effects[0].evidenceUrl", "WebLink"));

        var badContacts = completeDraft();
        badContacts.put("team", List.of(map("name", "Анна", "email", "не почта", "phone", "звоните")));
        mvc.perform(create(badContacts))
                .andExpect(invalid("team[0].email", "Email"))
                .andExpect(invalid("team[0].phone", "Pattern"));

        var tooLongEnglish = completeDraft();
        tooLongEnglish.put("goalEn", "x".repeat(10_001));
        mvc.perform(create(tooLongEnglish)).andExpect(invalid("goalEn", "Size"));

        assertThat(api.practicesWrittenBy(author)).isZero();
    }

    /** The launcher loads these through this API: each must pass every rule of the card. */
    @Test
    void acceptsEveryDemoPracticeOfTheLauncher() throws Exception {
        var demo = json.readTree(Files.readString(DEMO_PRACTICES));
        for (var entry : demo) {
            mvc.perform(post("/api/v1/practices").with(author.token())
                            .contentType(MediaType.APPLICATION_JSON).content(entry.path("practice").toString()))
                    .andExpect(status().isCreated());
        }
        assertThat(api.practicesWrittenBy(author)).isEqualTo(demo.size());
    }

    private String read(UUID id) throws Exception {
        return mvc.perform(get("/api/v1/practices/{id}", id).with(author.token()))
                .andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder create(Map<String, Object> body) {
        return post("/api/v1/practices").with(author.token())
                .contentType(MediaType.APPLICATION_JSON).content(api.json(body));
    }

}
