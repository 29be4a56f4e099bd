package dev.praxis.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import dev.praxis.search.OpenSearchTestNode;
import dev.praxis.search.catalog.TextQueries;
import dev.praxis.search.opensearch.IndexDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures how well the catalogue ranks: nDCG@10 of the judged query set over the fixed corpus,
 * for the service's own index and query, a plain BM25 baseline and a PostgreSQL full-text
 * baseline, printed side by side (and written to {@code target/relevance-report.txt}). Fails
 * when the service falls below the floor in {@code relevance/floor.properties}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceIntegrationTests {

    private static final int K = 10;
    private static final String SERVICE_INDEX = "relevance-service";
    private static final String BM25_INDEX = "relevance-bm25";
    private static final List<String> BM25_FIELDS = List.of("title", "summary", "problem", "solution", "steps.title", "steps.description");

    private final JsonMapper json = JsonMapper.builder().build();
    private final RelevanceCorpus corpus = RelevanceCorpus.load(json);
    private final List<JudgedQuery> queries = RelevanceCorpus.judgments(json);
    /** Started first, so PostgreSQL comes up while the OpenSearch node does. */
    private final CompletableFuture<PostgresFullText> postgresStarting =
            CompletableFuture.supplyAsync(() -> PostgresFullText.start(corpus.practices()));
    private final OpenSearchRanking openSearch = new OpenSearchRanking(OpenSearchTestNode.url(), json);
    private PostgresFullText postgres;

    private Map<String, OpenSearchRanking.Evaluation> service;
    private Map<String, OpenSearchRanking.Evaluation> bm25;
    private Map<String, List<String>> fullText;
    /** The queries the service asked again more loosely, with the try that answered. */
    private List<String> askedAgain;

    @BeforeAll
    void measure() {
        var definition = new IndexDefinition("practices");
        JsonNode mapping = json.readTree(definition.mapping().toJson());
        openSearch.recreateIndex(SERVICE_INDEX, json.readTree(definition.settings().toJson()), mapping);
        openSearch.load(SERVICE_INDEX, corpus.practices().stream().map(card -> onlyMapped(card, mapping)).toList());
        openSearch.recreateIndex(BM25_INDEX, bm25Settings(), bm25Mapping());
        openSearch.load(BM25_INDEX, corpus.practices());
        postgres = postgresStarting.join();

        service = serviceRanking();
        bm25 = openSearch.evaluate(BM25_INDEX, queries, K, this::bm25Query);
        fullText = new LinkedHashMap<>();
        queries.forEach(query -> fullText.put(query.id(), postgres.search(query.text(), K)));
    }

    @AfterAll
    void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void judgedSetIsLargeEnoughAndJudgesOnlyPracticesOfTheCorpus() {
        assertThat(corpus.practices()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus.ids()).doesNotHaveDuplicates();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(queries).filteredOn(query -> query.language().equals("ru")).hasSizeGreaterThanOrEqualTo(52);
        assertThat(queries).filteredOn(query -> query.language().equals("en")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(queries).allSatisfy(query -> {
            assertThat(corpus.ids()).as(query.id()).containsAll(query.ratings().keySet());
            assertThat(query.ratings().values()).as(query.id()).allMatch(grade -> grade >= 0 && grade <= 3).anyMatch(grade -> grade > 0);
        });
    }

    @Test
    void javaNdcgAgreesWithRankEval() {
        for (JudgedQuery query : queries) {
            for (var evaluation : List.of(service.get(query.id()), bm25.get(query.id()))) {
                assertThat(Ndcg.at(K, evaluation.ranking(), query.ratings())).as(query.id())
                        .isCloseTo(evaluation.ndcg(), within(1e-6));
            }
        }
    }

    @Test
    void serviceRankingStaysAboveTheFloor() throws IOException {
        var report = new RelevanceReport(queries)
                .column("service", scores(service))
                .column("BM25", scores(bm25))
                .column("PostgreSQL", fullTextScores());
        String table = report.table();
        String second = "asked again more loosely (nothing had every word): " + askedAgain + "\n";
        System.out.println(table);
        System.out.print(second);
        Files.writeString(Path.of("target", "relevance-report.txt"), table + "\n" + second + "\n" + rankings());

        assertThat(report.mean("service", RelevanceReport.OVERALL)).as("service nDCG@10, see target/relevance-report.txt")
                .isGreaterThanOrEqualTo(floor());
    }

    /**
     * As the service ranks: every word required first; the queries that found nothing are asked
     * again with each looser query in turn, as {@code PracticeCatalog.search} does.
     */
    private Map<String, OpenSearchRanking.Evaluation> serviceRanking() {
        var ranking = new LinkedHashMap<>(openSearch.evaluate(SERVICE_INDEX, queries, K,
                text -> TextQueries.rankingQuery(text).toJsonString()));
        var looser = new java.util.ArrayList<String>();
        for (int attempt = 0; ; attempt++) {
            int tryNumber = attempt;
            var nothingFound = queries.stream()
                    .filter(query -> ranking.get(query.id()).ranking().isEmpty())
                    .filter(query -> TextQueries.looserRankingQueries(query.text()).size() > tryNumber)
                    .toList();
            if (nothingFound.isEmpty()) {
                break;
            }
            ranking.putAll(openSearch.evaluate(SERVICE_INDEX, nothingFound, K,
                    text -> TextQueries.looserRankingQueries(text).get(tryNumber).toJsonString()));
            nothingFound.forEach(query -> looser.add(query.id() + " (try " + (tryNumber + 2) + ")"));
        }
        askedAgain = looser;
        return ranking;
    }

    private String bm25Query(String text) {
        var query = json.createObjectNode();
        var multiMatch = query.putObject("multi_match").put("query", text);
        BM25_FIELDS.forEach(multiMatch.putArray("fields")::add);
        return json.writeValueAsString(query);
    }

    private JsonNode bm25Settings() {
        return json.createObjectNode().put("number_of_shards", 1).put("number_of_replicas", 0);
    }

    /** The same text fields with the standard analyzer; everything else is kept but not indexed. */
    private JsonNode bm25Mapping() {
        var mapping = json.createObjectNode().put("dynamic", false);
        var properties = mapping.putObject("properties");
        for (String field : List.of("title", "summary", "problem", "solution")) {
            properties.putObject(field).put("type", "text");
        }
        var steps = properties.putObject("steps").putObject("properties");
        steps.putObject("title").put("type", "text");
        steps.putObject("description").put("type", "text");
        return mapping;
    }

    /**
     * The card cut down to the fields the service's (strict) mapping declares, so this test keeps
     * working whichever card fields the service chooses to index.
     */
    private JsonNode onlyMapped(JsonNode value, JsonNode mapping) {
        JsonNode properties = mapping.get("properties");
        if (properties == null) {
            return value;
        }
        if (value.isArray()) {
            var array = json.createArrayNode();
            value.valueStream().forEach(element -> array.add(onlyMapped(element, mapping)));
            return array;
        }
        var object = json.createObjectNode();
        value.forEachEntry((name, child) -> {
            if (properties.has(name) && !child.isNull()) {
                object.set(name, onlyMapped(child, properties.get(name)));
            }
        });
        return object;
    }

    private static Map<String, Double> scores(Map<String, OpenSearchRanking.Evaluation> evaluations) {
        var scores = new LinkedHashMap<String, Double>();
        evaluations.forEach((id, evaluation) -> scores.put(id, evaluation.ndcg()));
        return scores;
    }

    private Map<String, Double> fullTextScores() {
        var scores = new LinkedHashMap<String, Double>();
        queries.forEach(query -> scores.put(query.id(), Ndcg.at(K, fullText.get(query.id()), query.ratings())));
        return scores;
    }

    /** Every query's top ten in each column, for judging what the rankers found. */
    private String rankings() {
        var lines = new StringBuilder();
        for (JudgedQuery query : queries) {
            lines.append(query.id()).append("  ").append(query.text()).append('\n')
                    .append("  service     ").append(service.get(query.id()).ranking()).append('\n')
                    .append("  BM25        ").append(bm25.get(query.id()).ranking()).append('\n')
                    .append("  PostgreSQL  ").append(fullText.get(query.id())).append('\n');
        }
        return lines.toString();
    }

    private static double floor() throws IOException {
        var floor = new Properties();
        try (InputStream in = RelevanceCorpus.resource("relevance/floor.properties")) {
            floor.load(in);
        }
        return Double.parseDouble(floor.getProperty("service.ndcg10.floor"));
    }
}
