package dev.praxis.infra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo practices must pass the registry's rules, or the stack fails while loading them. */
class DemoPracticesTests {

    private static final Path REFERENCE_DATA =
            Path.of("../../registry-service/src/main/resources/db/migration/V1__reference_data.sql");

    private static List<JsonNode> entries;

    @BeforeAll
    static void readDemoData() throws Exception {
        try (InputStream in = DemoPracticesTests.class.getResourceAsStream("/demo/practices.json")) {
            entries = StreamSupport.stream(new ObjectMapper().readTree(in).spliterator(), false).toList();
        }
    }

    @Test
    void everyPracticeHasTheRequiredFieldsAndThreeToSixSteps() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(16);
        for (JsonNode entry : entries) {
            JsonNode practice = entry.path("practice");
            String title = practice.path("title").asText();
            assertThat(title).as("title").isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(practice.path("problem").asText()).as("problem of " + title).isNotBlank();
            assertThat(practice.path("solution").asText()).as("solution of " + title).isNotBlank();
            assertThat(practice.path("language").asText()).as("language of " + title).isIn("ru", "en");
            assertThat(practice.path("steps")).as("steps of " + title).hasSizeBetween(3, 6);
            for (JsonNode step : practice.path("steps")) {
                assertThat(step.path("title").asText()).isNotBlank().hasSizeLessThanOrEqualTo(300);
                assertThat(step.path("durationDays").asInt()).isBetween(1, 3650);
            }
            assertThat(entry.path("author").asText()).isIn("author", "author2");
        }
    }

    /** The richer card within the registry's limits, so the catalogue's filters and facets have something to show. */
    @Test
    void everyPracticeHasASummaryTagsStartYearAndEffects() {
        for (JsonNode entry : entries) {
            JsonNode practice = entry.path("practice");
            String title = practice.path("title").asText();
            assertThat(practice.path("summary").asText()).as("summary of " + title).isNotBlank().hasSizeLessThanOrEqualTo(1000);
            assertThat(practice.path("municipality").asText("")).as("municipality of " + title).hasSizeLessThanOrEqualTo(200);
            assertThat(practice.path("tags")).as("tags of " + title).hasSizeBetween(2, 4);
            for (JsonNode tag : practice.path("tags")) {
                assertThat(tag.asText()).isNotBlank().hasSizeLessThanOrEqualTo(50);
            }
            // The information desk of Kaliningrad (2009) is the oldest.
            assertThat(practice.path("startYear").asInt()).as("start year of " + title).isBetween(2009, 2025);
            assertThat(practice.path("effects")).as("effects of " + title).hasSizeBetween(1, 3);
            for (JsonNode effect : practice.path("effects")) {
                assertThat(effect.path("indicator").asText()).isNotBlank().hasSizeLessThanOrEqualTo(300);
                assertThat(effect.path("unit").asText("")).hasSizeLessThanOrEqualTo(50);
            }
            if (practice.has("budget")) {
                assertThat(practice.path("budget").decimalValue()).as("budget of " + title)
                        .isBetween(BigDecimal.ZERO, new BigDecimal("1e12"));
                assertThat(Currency.getInstance(practice.path("currency").asText("RUB"))).as("currency of " + title)
                        .isNotNull();
            }
        }
    }

    /** The catalogue's bands are in roubles: a budget in another currency counts as not stated there. */
    @Test
    void spreadsBudgetsOverEveryBandOfTheCatalogueFilter() {
        var bands = entries.stream().map(entry -> entry.path("practice"))
                .map(practice -> practice.path("currency").asText("RUB").equals("RUB")
                        ? practice.path("budget") : MissingNode.getInstance())
                .map(budget -> budget.isMissingNode() ? "not-stated"
                        : budget.asDouble() < 1_000_000 ? "up-to-1m"
                        : budget.asDouble() < 10_000_000 ? "1m-10m"
                        : budget.asDouble() < 100_000_000 ? "10m-100m" : "over-100m")
                .collect(Collectors.groupingBy(band -> band, Collectors.counting()));
        assertThat(bands).containsOnlyKeys("up-to-1m", "1m-10m", "10m-100m", "over-100m", "not-stated")
                .containsEntry("not-stated", 3L);
    }

    @Test
    void fillsTwoCataloguePagesAndThreeBusinessSupportPractices() {
        assertThat(entries).filteredOn(entry -> entry.path("approve").asBoolean(true)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(entries).filteredOn(entry -> entry.path("practice").path("directionCode").asText().equals("business-support"))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void leavesExactlyOnePracticeInTheCoordinatorsQueueAndHasAnEnglishCard() {
        assertThat(entries).filteredOn(entry -> !entry.path("approve").asBoolean(true)).hasSize(1);
        assertThat(entries).filteredOn(entry -> entry.path("practice").path("language").asText().equals("en")).hasSize(1);
        assertThat(entries).anyMatch(entry -> entry.path("practice").toString().contains("центр предоставления услуг"));
    }

    @Test
    void everyPracticeNamesItsAuthorOrganisationAudienceAndGoal() {
        for (JsonNode entry : entries) {
            JsonNode practice = entry.path("practice");
            String title = practice.path("title").asText();
            assertThat(practice.path("authorOrganisation").asText()).as("organisation of " + title)
                    .isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(practice.path("audience").asText()).as("audience of " + title).isNotBlank().hasSizeLessThanOrEqualTo(2000);
            assertThat(practice.path("goal").asText()).as("goal of " + title).isNotBlank();
        }
    }

    /** The entrepreneurs' information desk of Kaliningrad fills every field of the card, in both languages. */
    @Test
    void hasOnePracticeWithEveryFieldInBothLanguages() {
        var desk = entries.stream().map(entry -> entry.path("practice"))
                .filter(practice -> practice.path("title").asText().startsWith("Информационный пункт"))
                .findFirst().orElseThrow();

        assertThat(desk.path("startYear").asInt()).isEqualTo(2009);
        assertThat(desk.path("budget").decimalValue()).isEqualByComparingTo("71051.97");
        assertThat(desk.path("currency").asText()).isEqualTo("EUR");
        for (var field : List.of("title", "summary", "authorOrganisation", "audience", "problem", "goal", "solution",
                "risks", "dos", "donts")) {
            assertThat(desk.path(field).asText()).as(field).isNotBlank();
            assertThat(desk.path(field + "En").asText()).as(field + "En").isNotBlank();
        }
        for (var field : List.of("money", "staff", "it", "legalActs")) {
            assertThat(desk.path("resources").path(field + "En").asText()).as("resources." + field + "En").isNotBlank();
        }
        assertThat(desk.path("team")).isNotEmpty().allSatisfy(member -> {
            assertThat(member.path("email").asText()).endsWith("@example.org");
            assertThat(member.path("jobTitleEn").asText()).isNotBlank();
        });
        assertThat(desk.path("partners")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(partner -> assertThat(partner.path("roleEn").asText()).isNotBlank());
        assertThat(desk.path("fundingSources")).isNotEmpty();
        assertThat(desk.path("reach").asInt()).isPositive();
        assertThat(desk.path("endDate").asText()).isEqualTo("2009-11-30");
        assertThat(desk.path("steps")).allSatisfy(step -> {
            assertThat(step.path("titleEn").asText()).isNotBlank();
            assertThat(step.path("descriptionEn").asText()).isNotBlank();
            assertThat(step.path("documentsEn").asText()).isNotBlank();
        });
        assertThat(desk.path("effects")).allSatisfy(effect -> {
            assertThat(effect.path("indicatorEn").asText()).isNotBlank();
            assertThat(effect.path("period").asText()).isNotBlank();
            assertThat(effect.path("evidenceEn").asText()).isNotBlank();
        });
    }

    @Test
    void usesOnlyRegionsAndDirectionsTheRegistryKnows() throws Exception {
        String referenceData = Files.readString(REFERENCE_DATA).replaceAll("(?m)--.*$", "");
        Set<String> regions = codes(referenceData, "insert into regions");
        Set<String> directions = codes(referenceData, "insert into directions");

        var unknown = new ArrayList<String>();
        for (JsonNode entry : entries) {
            String region = entry.path("practice").path("regionCode").asText();
            String direction = entry.path("practice").path("directionCode").asText();
            if (!regions.contains(region)) {
                unknown.add(region);
            }
            if (!directions.contains(direction)) {
                unknown.add(direction);
            }
        }
        assertThat(unknown).isEmpty();
    }

    /** The first quoted value of every row of the given insert statement. */
    private static Set<String> codes(String sql, String insert) {
        int start = sql.indexOf(insert);
        String rows = sql.substring(start, sql.indexOf(';', start));
        return Pattern.compile("^\\('([^']+)'", Pattern.MULTILINE).matcher(rows).results()
                .map(match -> match.group(1)).collect(Collectors.toSet());
    }

    /** Demo practices stand in every status a user can meet, each reached by moves with the reasons they need. */
    @Test
    void practicesInProgressStandInEveryOtherStatusAndGiveEveryReasonADecisionNeeds() throws Exception {
        List<JsonNode> inProgress;
        try (InputStream in = DemoPracticesTests.class.getResourceAsStream("/demo/practices-in-progress.json")) {
            inProgress = StreamSupport.stream(new ObjectMapper().readTree(in).spliterator(), false).toList();
        }
        var reached = new ArrayList<String>();
        for (JsonNode entry : inProgress) {
            var moves = StreamSupport.stream(entry.path("moves").spliterator(), false).toList();
            moves.stream()
                    .filter(move -> Set.of("reject", "request-revision", "archive", "recommend")
                            .contains(move.path("action").asText()))
                    .forEach(move -> assertThat(move.path("comment").asText()).as("reason of " + move).isNotBlank());
            reached.add(moves.isEmpty() ? "draft" : moves.getLast().path("action").asText());
        }
        assertThat(reached).containsExactlyInAnyOrder("start-screening", "start-review", "request-revision",
                "withdraw", "reject", "recommend", "archive", "draft");
    }
}
