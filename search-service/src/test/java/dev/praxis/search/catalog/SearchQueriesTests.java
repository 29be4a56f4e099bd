package dev.praxis.search.catalog;

import static dev.praxis.search.catalog.PracticeSearchTests.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.data.client.osc.NativeQuery;

class SearchQueriesTests {

    /** The clauses of nested {@code bool} must and should lists, in order. */
    static List<Query> leaves(Query query) {
        if (!query.isBool()) {
            return List.of(query);
        }
        return java.util.stream.Stream.concat(query.bool().must().stream(), query.bool().should().stream())
                .flatMap(q -> leaves(q).stream()).toList();
    }

    private static final String SYNTAX = "title:(центр OR \"услуг) AND * [{ \\ / status:DRAFT";

    @Test
    void passesUserTextOnlyAsTheTextOfMatchQueries() {
        var search = search(request().q(SYNTAX), Viewer.PUBLIC);
        var query = SearchQueries.firstTry(search).hits();
        var looser = SearchQueries.looserTries(search).stream().map(SearchQueries.Try::hits).toList();

        assertThat(leaves(query.getQuery().bool().must().getFirst())).hasSize(2)
                .allSatisfy(q -> assertThat(q.multiMatch().query()).isEqualTo(SYNTAX));
        assertThat(looser).hasSize(2);
        // The first looser try asks word by word: each is a piece of the text, never syntax.
        assertThat(leaves(looser.getFirst().getQuery().bool().must().getFirst()))
                .allSatisfy(q -> assertThat(SYNTAX).contains(q.multiMatch().query()));
        assertThat(leaves(looser.getLast().getQuery().bool().must().getFirst())).hasSize(3)
                .allSatisfy(q -> assertThat(q.multiMatch().query()).isEqualTo(SYNTAX));
        for (var each : java.util.stream.Stream.concat(java.util.stream.Stream.of(query), looser.stream()).toList()) {
            assertThat(json(each.getQuery())).doesNotContain("query_string", "simple_query_string", "regexp", "wildcard");
        }
    }

    @Test
    void passesALongTextOnlyAsTheLikeTextOfMoreLikeThis() {
        String text = SYNTAX + " и ещё несколько слов о проблеме";

        var should = TextQueries.rankingQuery(text).bool().should();

        assertThat(should).allSatisfy(q -> assertThat(q.moreLikeThis().like().getFirst().text()).isEqualTo(text));
        assertThat(json(TextQueries.rankingQuery(text))).doesNotContain("query_string");
    }

    @Test
    void treatsEightWordsOrMoreAsAProblemDescription() {
        String seven = "очереди в центре услуг длятся по часу";
        String eight = seven + " ежедневно";

        assertThat(TextQueries.isProblemDescription(seven)).isFalse();
        assertThat(leaves(TextQueries.rankingQuery(seven))).allMatch(Query::isMultiMatch);
        assertThat(TextQueries.isProblemDescription(eight)).isTrue();
        assertThat(leaves(TextQueries.rankingQuery(eight))).allMatch(Query::isMoreLikeThis);
    }

    @Test
    void firstRequiresEveryWordWeighingTitleAboveSummaryAboveBodyAboveStepsAboveTheRest() {
        var clauses = leaves(TextQueries.rankingQuery("центр услуг"));

        assertThat(clauses.get(0).multiMatch().fields()).containsExactly("title^4", "summary^2.5", "tags^2", "body^1.5",
                "implementation", "authorOrganisation", "partners.name", "regionName.text^2", "municipality.text^1.5",
                "details^0.5");
        assertThat(clauses.get(0).multiMatch().type().jsonValue()).isEqualTo("cross_fields");
        assertThat(clauses.get(0).multiMatch().operator().jsonValue()).isEqualTo("and");
        assertThat(clauses.get(1).multiMatch().type().jsonValue()).isEqualTo("phrase");
        assertThat(TextQueries.rankingQuery("центр услуг").bool().must()).singleElement()
                .satisfies(required -> assertThat(required.isMultiMatch()).isTrue());
    }

    @Test
    void thenRequiresEveryWordAgainForgivingEachOneTypo() {
        var looser = TextQueries.looserRankingQueries("очерреди в центре");

        assertThat(looser).hasSize(2);
        var words = looser.getFirst().bool().must();
        assertThat(words).extracting(word -> word.bool().should().getFirst().multiMatch().query())
                .containsExactly("очерреди", "в", "центре");
        assertThat(words).allSatisfy(word -> {
            assertThat(word.bool().minimumShouldMatch()).isEqualTo("1");
            var exactly = word.bool().should().get(0).multiMatch();
            var withTypo = word.bool().should().get(1).multiMatch();
            assertThat(exactly.fields()).contains("title^4", "body^1.5");
            assertThat(exactly.fuzziness()).isNull();
            assertThat(withTypo.fuzziness()).isEqualTo("AUTO:4,100");
            assertThat(withTypo.fields()).doesNotContain("body", "body^1.5");
            // «в» is a stop word: it must not make the whole try match nothing.
            assertThat(exactly.zeroTermsQuery().jsonValue()).isEqualTo("all");
        });
        assertThat(json(looser.getLast())).isEqualTo(json(TextQueries.anyWordQuery("очерреди в центре")));
    }

    @Test
    void thenAcceptsAnyWordAndToleratesTyposLightly() {
        var looser = TextQueries.looserRankingQueries("центр");
        assertThat(looser).hasSize(1);
        var clauses = leaves(looser.getFirst());

        assertThat(clauses.get(0).multiMatch().fields()).contains("title^4", "summary^2.5", "body^1.5");
        assertThat(clauses.get(0).multiMatch().operator()).isNull();
        assertThat(clauses.get(1).multiMatch().type().jsonValue()).isEqualTo("phrase");
        assertThat(clauses.get(2).multiMatch().fuzziness()).isEqualTo("AUTO:4,100");
        assertThat(clauses.get(2).multiMatch().boost()).isLessThan(1f);
        assertThat(clauses.get(2).multiMatch().fields()).doesNotContain("body");
    }

    @Test
    void hasNoLooserTryForAProblemDescriptionOrAnEmptyText() {
        assertThat(TextQueries.looserRankingQueries("очереди в центре услуг длятся по часу ежедневно")).isEmpty();
        assertThat(SearchQueries.looserTries(search(request(), Viewer.PUBLIC))).isEmpty();
    }

    @Test
    void asksEnglishAnalysisOnlyOfTextWithLatinLetters() {
        assertThat(leaves(TextQueries.rankingQuery("центр услуг"))).allSatisfy(q ->
                assertThat(q.multiMatch().fields()).noneMatch(field -> field.contains(".en")));
        assertThat(leaves(TextQueries.rankingQuery("one-stop shop"))).allSatisfy(q ->
                assertThat(q.multiMatch().fields()).anyMatch(field -> field.contains(".en")));
        assertThat(Snippets.fields(false)).noneMatch(field -> field.endsWith(".en"));
        assertThat(Snippets.fields(true)).contains("title.en", "problem");
    }

    @Test
    void highlightsWhatTheWordsMatchedNotTheirFuzzyExpansions() {
        var search = search(request().q("центр"), Viewer.PUBLIC);

        var tries = new java.util.ArrayList<>(SearchQueries.looserTries(search));
        tries.add(SearchQueries.firstTry(search));
        for (var query : tries.stream().map(SearchQueries.Try::hits).toList()) {
            var marked = ((NativeQuery) query.getHighlightQuery().orElseThrow().getHighlight().getParameters()
                    .getHighlightQuery()).getQuery();
            assertThat(leaves(marked)).singleElement().satisfies(words -> {
                assertThat(words.multiMatch().fuzziness()).isNull();
                assertThat(words.multiMatch().type().jsonValue()).isEqualTo("best_fields");
            });
        }
    }

    @Test
    void listsEverythingNewestFirstWithoutTextOrHighlights() {
        var query = SearchQueries.firstTry(search(request().page(2), Viewer.PUBLIC)).hits();

        assertThat(query.getQuery().bool().must().getFirst().isMatchAll()).isTrue();
        assertThat(query.getSortOptions()).extracting(s -> s.field().field())
                .containsExactly("publishedAt", "updatedAt", "id");
        assertThat(query.getHighlightQuery()).isEmpty();
        assertThat(query.getPageable().getOffset()).isEqualTo(20);
    }

    @Test
    void endsEveryOrderWithTheIdSoPagesAreStable() {
        for (SortOrder order : SortOrder.values()) {
            assertThat(Sorts.of(order).getLast().field().field()).as(order.code()).isEqualTo("id");
        }
        assertThat(Sorts.of(SortOrder.SCORE).getFirst().field().field()).isEqualTo("expertScore");
        assertThat(Sorts.of(SortOrder.SCORE).getFirst().field().missing().stringValue()).isEqualTo("_last");
        assertThat(Sorts.of(SortOrder.REPLICATIONS).getFirst().field().field()).isEqualTo("replicationCount");
        assertThat(Sorts.of(SortOrder.RELEVANCE).getFirst().isScore()).isTrue();
    }

    @Test
    void continuesAfterThePageTokenInsteadOfAnOffset() {
        var token = new PageToken(List.of(1L, "id-9"), 30);

        var query = SearchQueries.firstTry(search(request().after(token.encode()), Viewer.PUBLIC)).hits();

        assertThat(query.getSearchAfter()).containsExactly(1L, "id-9");
        assertThat(query.getPageable().getOffset()).isZero();
    }

    @Test
    void alwaysLimitsPublicSearchesToApprovedPractices() {
        var query = SearchQueries.firstTry(search(request().q("центр").status(List.of("APPROVED")), Viewer.PUBLIC));

        assertThat(query.hits().getQuery().bool().filter()).singleElement()
                .satisfies(f -> assertThat(json(f)).contains("\"status\"", "APPROVED"));
        assertThat(json(query.facets().getQuery())).contains("\"status\"", "APPROVED");
        assertThat(query.facets().getAggregations()).doesNotContainKey("status");
    }

    @Test
    void showsStaffPublishedPracticesUnlessTheyAskForAStatus() {
        var byDefault = SearchQueries.firstTry(search(request(), Viewer.COORDINATOR));
        var queue = SearchQueries.firstTry(search(request().status(List.of("SUBMITTED")), Viewer.COORDINATOR));

        // First what the coordinator may find at all (never a draft), then the statuses they asked for.
        var visibility = json(byDefault.hits().getQuery().bool().filter().getFirst());
        assertThat(visibility).contains("SUBMITTED", "UNDER_REVIEW", "WITHDRAWN", "ARCHIVED").doesNotContain("DRAFT");
        assertThat(byDefault.hits().getQuery().bool().filter()).extracting(SearchQueriesTests::json)
                .anySatisfy(filter -> assertThat(filter).contains("APPROVED", "RECOMMENDED").doesNotContain("SUBMITTED"));
        assertThat(queue.hits().getQuery().bool().filter()).extracting(SearchQueriesTests::json)
                .anySatisfy(filter -> assertThat(filter).contains("SUBMITTED").doesNotContain("APPROVED"));
        assertThat(byDefault.facets().getAggregations()).containsKey("status");
        // The status facet counts every status the coordinator may see, so they see how long each queue is.
        assertThat(json(byDefault.facets().getAggregations().get("status")))
                .contains("SUBMITTED", "WITHDRAWN", "ARCHIVED").doesNotContain("DRAFT");
    }

    @Test
    void filtersTheQueryAndCountsEachFacetWithoutItsOwnFilter() {
        var attempt = SearchQueries.firstTry(search(request().q("центр")
                .region(List.of("RU-KGD", "RU-TUL")).direction(List.of("education")).budget(List.of("not-stated")),
                Viewer.PUBLIC));
        var query = attempt.facets();

        assertThat(json(attempt.hits().getQuery())).contains("RU-KGD", "RU-TUL", "education", "budgetRub");
        assertThat(json(query.getQuery())).contains("RU-KGD", "RU-TUL", "education", "budgetRub");
        assertThat(attempt.hits().getFilter()).isNull();
        assertThat(query.getFilter()).isNull();
        String regionFacet = json(query.getAggregations().get("region"));
        assertThat(regionFacet).contains("global", "центр", "education", "budgetRub").doesNotContain("RU-KGD");
        String directionFacet = json(query.getAggregations().get("direction"));
        assertThat(directionFacet).contains("global", "центр", "RU-KGD", "RU-TUL", "budgetRub").doesNotContain("\"education\"");
        // A facet without a chosen value counts what the query itself matched.
        assertThat(json(query.getAggregations().get("district"))).doesNotContain("global", "filter");
        assertThat(query.getAggregations()).containsOnlyKeys("region", "district", "direction", "year", "budget",
                "replicated", "recommended");
    }

    @Test
    void countsTheNewestYearsAndTheMostFrequentValuesOfTheOtherFacets() {
        var aggregations = SearchQueries.firstTry(search(request().year(List.of(2020)), Viewer.COORDINATOR)).facets()
                .getAggregations();

        // The chosen year is counted apart: global → matching (filter) → values.
        var year = aggregations.get("year").aggregations().get("matching").aggregations().get("values").terms();
        assertThat(year.field()).isEqualTo("startYear");
        assertThat(year.order()).singleElement().satisfies(order -> assertThat(order).containsOnlyKeys("_key")
                .extractingByKey("_key").extracting(o -> o.jsonValue()).isEqualTo("desc"));
        for (String facet : List.of("region", "district", "direction")) {
            assertThat(aggregations.get(facet).terms().order()).as(facet).isEmpty();
        }
        assertThat(aggregations.keySet()).containsExactly("region", "district", "direction", "year", "budget",
                "replicated", "recommended", "status");
    }

    @Test
    void asksForThePageWithoutCountingAndCountsWithoutScoringOrPaging() {
        var attempt = SearchQueries.firstTry(search(request().q("центр").page(2).sort("newest"), Viewer.PUBLIC));
        var sameFacets = SearchQueries.firstTry(search(request().q("центр"), Viewer.PUBLIC)).facets();

        assertThat(attempt.hits().getTrackTotalHits()).isFalse();
        assertThat(attempt.hits().getAggregations()).isEmpty();
        assertThat(attempt.facets().getTrackTotalHits()).isTrue();
        assertThat(attempt.facets().getMaxResults()).isZero();
        assertThat(attempt.facets().getQuery().bool().must()).isEmpty();
        assertThat(attempt.facets().getHighlightQuery()).isEmpty();
        assertThat(attempt.facets().getSortOptions()).isEmpty();
        // The same facets' request on every page and in every order: the request cache answers it.
        assertThat(json(attempt.facets().getQuery())).isEqualTo(json(sameFacets.getQuery()));
        assertThat(attempt.both()).allSatisfy(request -> assertThat(request.getRequestCache()).isTrue());
    }

    @Test
    void countsWhatTheTextMatchesBeforeAnyFacetFilter() {
        var search = search(request().q("центр").region(List.of("RU-KGD")), Viewer.PUBLIC);

        assertThat(SearchQueries.hasFacetFilters(search)).isTrue();
        assertThat(SearchQueries.hasFacetFilters(search(request().q("центр"), Viewer.PUBLIC))).isFalse();
        assertThat(SearchQueries.hasFacetFilters(search(request().q("центр"), Viewer.COORDINATOR))).isTrue();
        var textMatches = SearchQueries.textMatches(search);
        assertThat(json(textMatches.getQuery())).contains("центр", "APPROVED").doesNotContain("RU-KGD");
        assertThat(textMatches.getMaxResults()).isZero();
    }

    @Test
    void highlightsTitleAndBodyWithTheHtmlEncoder() {
        var highlight = SearchQueries.firstTry(search(request().q("центр"), Viewer.PUBLIC)).hits()
                .getHighlightQuery().orElseThrow().getHighlight();

        assertThat(highlight.getParameters().getEncoder()).isEqualTo("html");
        assertThat(highlight.getParameters().getPreTags()).containsExactly("<em>");
        assertThat(highlight.getFields()).extracting(f -> f.getName()).contains("title", "problem", "solution")
                .doesNotContain("steps.description", "title.en");
    }

    @Test
    void looksForSimilarApprovedPracticesOtherThanItself() {
        var practice = new PracticeDocument("p-1", "APPROVED", "Горячее питание", null, "RU-KGD", null, null, null,
                "education", null, List.of("питание"), null, null, "ru", "Нет столовых", "Доставка обедов", null, null,
                null, 0, null, null, null, null);

        String similar = json(SearchQueries.similarTo(practice, 5).getQuery());

        assertThat(similar).contains("more_like_this", "Горячее питание", "Нет столовых", "\"p-1\"", "APPROVED");
    }

    private static PracticeSearch search(PracticeSearchTests.RequestBuilder request, Viewer viewer) {
        return PracticeSearch.of(request.build(), viewer);
    }

    private static String json(org.opensearch.client.json.PlainJsonSerializable value) {
        return value.toJsonString();
    }
}
