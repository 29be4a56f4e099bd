package dev.praxis.search.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;

class SearchQueriesTests {

    @Test
    void passesTheTextVerbatimToAMultiMatchOverBoostedTitles() {
        String text = "title:(центр OR \"услуг\") AND *";

        var bool = SearchQueries.query(new PracticeSearch(text, null, null, 0, 10)).bool();

        var multiMatch = bool.must().getFirst().multiMatch();
        assertThat(multiMatch.query()).isEqualTo(text);
        assertThat(multiMatch.fields()).contains("title^3", "problem", "solution", "steps.title^1.5",
                "steps.description", "problem.en");
        assertThat(bool.filter()).isEmpty();
    }

    @Test
    void listsEverythingWhenThereIsNoText() {
        var query = SearchQueries.of(new PracticeSearch("", null, null, 2, 10));

        assertThat(query.getQuery().bool().must().getFirst().isMatchAll()).isTrue();
        assertThat(query.getSortOptions().getFirst().field().field()).isEqualTo("publishedAt");
        assertThat(query.getSortOptions().getFirst().field().order()).isEqualTo(SortOrder.Desc);
        assertThat(query.getHighlightQuery()).isEmpty();
        assertThat(query.getPageable().getOffset()).isEqualTo(20);
    }

    @Test
    void filtersByRegionAndDirectionCodes() {
        var bool = SearchQueries.query(new PracticeSearch("", "RU-KGD", "business-support", 0, 10)).bool();

        assertThat(bool.filter()).extracting(Query::term)
                .extracting(term -> term.field() + "=" + term.value().stringValue())
                .containsExactly("regionCode=RU-KGD", "directionCode=business-support");
    }

    @Test
    void highlightsTheBodyWithTheHtmlEncoder() {
        var highlight = SearchQueries.of(new PracticeSearch("центр", null, null, 0, 10))
                .getHighlightQuery().orElseThrow().getHighlight();

        assertThat(highlight.getParameters().getEncoder()).isEqualTo("html");
        assertThat(highlight.getParameters().getPreTags()).containsExactly("<em>");
        assertThat(highlight.getFields()).extracting(f -> f.getName()).contains("problem", "steps.description")
                .doesNotContain("title");
    }
}
