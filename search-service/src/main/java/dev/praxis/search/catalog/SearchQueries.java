package dev.praxis.search.catalog;

import java.util.List;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.data.client.osc.NativeQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.data.elasticsearch.core.query.HighlightQuery;
import org.springframework.data.elasticsearch.core.query.SourceFilter;
import org.springframework.data.elasticsearch.core.query.highlight.Highlight;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightField;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightParameters;

/**
 * Assembles the OpenSearch requests of the catalogue: a search's tries (the text's queries from
 * {@link TextQueries}, the {@link Facet} filters and counts from {@link FacetFilters}, the order
 * from {@link Sorts}, paging and highlights), suggestions and similar practices.
 */
public final class SearchQueries {

    static final List<String> SIMILARITY_FIELDS = List.of("title", "summary", "problem", "solution", "tags");

    /** A result list shows no algorithm, effects or solution: leaving them out of each hit halves the work. */
    static final SourceFilter LIST_FIELDS = new FetchSourceFilter(true, null, new String[] {"steps", "effects", "solution"});

    private static final int SNIPPET_LENGTH = 200;

    private SearchQueries() {
    }

    /**
     * One try at a search, sent as one multi-search: the page of hits, and beside it the facets with
     * the exact total. Apart, the hits need not count every match, so the engine skips practices that
     * cannot reach the page; the facets need not score what they count; and the facets' request is the
     * same on every page and in every order, so OpenSearch's request cache answers it when the reader
     * pages or re-sorts (docs/search.md).
     */
    record Try(NativeQuery hits, NativeQuery facets) {

        List<NativeQuery> both() {
            return List.of(hits, facets);
        }
    }

    /** The first try at a search: every word required. */
    static Try firstTry(PracticeSearch search) {
        if (!search.hasText()) {
            return tryOf(search, Query.of(m -> m.matchAll(a -> a)), null);
        }
        return tryOf(search, TextQueries.rankingQuery(search.text()), TextQueries.anyWord(search.text()));
    }

    /** The looser tries, in order, when the first found nothing (see {@link TextQueries#looserRankingQueries}). */
    static List<Try> looserTries(PracticeSearch search) {
        return search.hasText()
                ? TextQueries.looserRankingQueries(search.text()).stream()
                        .map(query -> tryOf(search, query, TextQueries.anyWord(search.text()))).toList()
                : List.of();
    }

    /** Whether any facet is filtered, for staff the status facet always (approved by default). */
    static boolean hasFacetFilters(PracticeSearch search) {
        return !FacetFilters.of(search).byFacet().isEmpty();
    }

    /**
     * How many practices the first try's text matches before any facet filter: asked only when
     * a filtered search found nothing, since a search emptied by its filters alone is not loosened.
     */
    static NativeQuery textMatches(PracticeSearch search) {
        var text = search.hasText() ? TextQueries.rankingQuery(search.text()) : Query.of(m -> m.matchAll(a -> a));
        return NativeQuery.builder()
                .withQuery(Query.of(q -> q.bool(b -> b.filter(text, FacetFilters.visibility(search.viewer())))))
                .withMaxResults(0)
                .withRequestCache(true)
                .build();
    }

    /**
     * Every filter is part of both queries, so only the practices shown are scored and counted; a
     * facet whose own filter is chosen is counted apart (see {@link FacetFilters#aggregations(Query)}).
     * Both ask for OpenSearch's request cache, which forgets an answer once the index changes.
     *
     * @param highlighted what snippets mark, or null when there is no text
     */
    private static Try tryOf(PracticeSearch search, Query ranking, Query highlighted) {
        var filters = FacetFilters.of(search);
        var hits = NativeQuery.builder()
                .withQuery(Query.of(q -> q.bool(b -> b.must(ranking).filter(filters.visibility()).filter(filters.all()))))
                .withSourceFilter(LIST_FIELDS)
                .withSort(Sorts.of(search.effectiveSort()))
                .withTrackTotalHits(false)
                .withRequestCache(true);
        if (search.after() != null) {
            hits.withPageable(PageRequest.of(0, search.size())).withSearchAfter(search.after().sortValues());
        } else {
            hits.withPageable(PageRequest.of(search.page(), search.size()));
        }
        if (highlighted != null) {
            // Highlighting the fuzzy clause over every field cost ten times the search itself
            // (docs/performance.md): snippets mark what the words and their synonyms matched.
            hits.withHighlightQuery(highlight(Snippets.fields(TextQueries.hasLatin(search.text())), SNIPPET_LENGTH,
                    new NativeQuery(highlighted)));
        }
        var facets = NativeQuery.builder()
                .withQuery(Query.of(q -> q.bool(b -> b.filter(ranking).filter(filters.visibility()).filter(filters.all()))))
                .withMaxResults(0)
                .withTrackTotalHits(true)
                .withRequestCache(true);
        filters.aggregations(ranking).forEach(facets::withAggregation);
        return new Try(hits.build(), facets.build());
    }

    /** Approved titles completing what is typed: word prefixes, one typo, and synonyms of whole words. */
    static NativeQuery suggestions(String text, int size) {
        Query prefixes = Query.of(q -> q.multiMatch(m -> m.query(text).type(TextQueryType.BoolPrefix)
                .fields("title.suggest", "title.suggest._2gram", "title.suggest._3gram")
                .operator(Operator.And).fuzziness("AUTO").prefixLength(1)));
        Query words = Query.of(q -> q.match(m -> m.field("title").query(FieldValue.of(text))
                .operator(Operator.And).boost(0.5f)));
        // Highlighters see nothing of search_as_you_type's prefix fields: mark the typed words in the title itself.
        var typedWords = new NativeQuery(Query.of(q -> q.matchBoolPrefix(m -> m.field("title").query(text))));
        return NativeQuery.builder()
                .withQuery(Query.of(q -> q.bool(b -> b.should(prefixes, words).minimumShouldMatch("1")
                        .filter(Terms.terms("status", PracticeDocument.PUBLISHED)))))
                .withPageable(PageRequest.of(0, size))
                .withSourceFilter(LIST_FIELDS)
                .withHighlightQuery(highlight(List.of("title"), 0, typedWords))
                .build();
    }

    /** Published practices most like {@code practice}: the same words in what it solved and how. */
    static NativeQuery similarTo(PracticeDocument practice, int size) {
        String like = String.join("\n", nonNull(practice.title(), practice.summary(), practice.problem(),
                practice.solution(), String.join(" ", practice.tags())));
        Query similar = Query.of(q -> q.moreLikeThis(m -> m.fields(SIMILARITY_FIELDS).like(l -> l.text(like))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("10%")));
        Query sameDirection = Terms.term("directionCode", practice.directionCode());
        return NativeQuery.builder()
                .withQuery(Query.of(q -> q.bool(b -> b
                        .must(similar)
                        .should(Query.of(s -> s.constantScore(c -> c.filter(sameDirection).boost(0.5f))))
                        .filter(Terms.terms("status", PracticeDocument.PUBLISHED))
                        .mustNot(Query.of(n -> n.ids(i -> i.values(practice.id())))))))
                .withSourceFilter(LIST_FIELDS)
                .withPageable(PageRequest.of(0, size))
                .build();
    }

    /** @param query what to highlight instead of the search query, or null */
    private static HighlightQuery highlight(List<String> fields, int fragmentSize,
                                            org.springframework.data.elasticsearch.core.query.Query query) {
        var parameters = HighlightParameters.builder()
                .withHighlightQuery(query)
                .withEncoder("html")
                .withPreTags("<em>")
                .withPostTags("</em>")
                .withNumberOfFragments(fragmentSize == 0 ? 0 : 1)
                .withFragmentSize(fragmentSize == 0 ? 100 : fragmentSize)
                .withRequireFieldMatch(false)
                .build();
        return new HighlightQuery(new Highlight(parameters, fields.stream().map(HighlightField::new).toList()),
                PracticeDocument.class);
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
