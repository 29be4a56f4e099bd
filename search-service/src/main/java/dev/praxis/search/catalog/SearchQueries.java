package dev.praxis.search.catalog;

import java.util.ArrayList;
import java.util.List;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.data.client.osc.NativeQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.core.query.HighlightQuery;
import org.springframework.data.elasticsearch.core.query.highlight.Highlight;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightField;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightParameters;

/**
 * Turns a {@link PracticeSearch} into an OpenSearch query. The user's text only ever reaches
 * the engine as the text of a {@code multi_match}, so no query syntax can be injected.
 */
final class SearchQueries {

    /** Russian analysis on each field, English on its {@code .en} sub-field; titles weigh most. */
    static final List<String> TEXT_FIELDS = List.of(
            "title^3", "title.en^3",
            "problem", "problem.en",
            "solution", "solution.en",
            "steps.title^1.5", "steps.title.en^1.5",
            "steps.description", "steps.description.en");

    private static final int SNIPPET_LENGTH = 200;

    private SearchQueries() {
    }

    static NativeQuery of(PracticeSearch search) {
        var builder = NativeQuery.builder()
                .withQuery(query(search))
                .withPageable(PageRequest.of(search.page(), search.size()))
                .withTrackTotalHits(true);
        if (search.hasText()) {
            builder.withSort(byScore(), newestFirst(), byId()).withHighlightQuery(snippetHighlight());
        } else {
            builder.withSort(newestFirst(), byId());
        }
        return builder.build();
    }

    static Query query(PracticeSearch search) {
        Query text = search.hasText()
                ? Query.of(q -> q.multiMatch(m -> m
                        .query(search.text())
                        .fields(TEXT_FIELDS)
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3f)))
                : Query.of(q -> q.matchAll(m -> m));
        List<Query> filters = new ArrayList<>();
        if (search.region() != null) {
            filters.add(term("regionCode", search.region()));
        }
        if (search.direction() != null) {
            filters.add(term("directionCode", search.direction()));
        }
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static HighlightQuery snippetHighlight() {
        var parameters = HighlightParameters.builder()
                .withEncoder("html")
                .withPreTags("<em>")
                .withPostTags("</em>")
                .withFragmentSize(SNIPPET_LENGTH)
                .withNumberOfFragments(1)
                .build();
        var fields = Snippets.FIELDS.stream().map(HighlightField::new).toList();
        return new HighlightQuery(new Highlight(parameters, fields), PracticeDocument.class);
    }

    private static SortOptions byScore() {
        return SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc)));
    }

    private static SortOptions newestFirst() {
        return SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
    }

    /** Ties broken by id, so paging is stable. */
    private static SortOptions byId() {
        return SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
    }
}
