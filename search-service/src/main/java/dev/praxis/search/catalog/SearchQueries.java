package dev.praxis.search.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.data.client.osc.NativeQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.data.elasticsearch.core.query.HighlightQuery;
import org.springframework.data.elasticsearch.core.query.SourceFilter;
import org.springframework.data.elasticsearch.core.query.highlight.Highlight;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightField;
import org.springframework.data.elasticsearch.core.query.highlight.HighlightParameters;

/**
 * Turns a {@link PracticeSearch} into OpenSearch requests. The user's text only ever reaches the
 * engine as the text of {@code multi_match} / {@code more_like_this} queries, never as query
 * syntax, so any string is safe. See docs/search.md for why the query looks the way it does.
 */
public final class SearchQueries {

    /** Russian analysis on each field, English on its {@code .en} sub-field; title over summary over body. */
    static final List<String> TEXT_FIELDS = List.of(
            "title^4", "title.en^4",
            "summary^2.5", "summary.en^2.5",
            "tags^2",
            "problem", "problem.en",
            "solution", "solution.en",
            "steps.title^1.2", "steps.title.en^1.2",
            "steps.description^0.8", "steps.description.en^0.8",
            "effects.indicator^0.8");
    /** Where the words of a short query standing next to each other count extra. */
    static final List<String> PHRASE_FIELDS = List.of(
            "title^4", "title.en^4", "summary^2", "summary.en^2", "problem", "solution", "steps.description");
    /**
     * Typo tolerance on the short Russian fields only, with the index analyzer (no synonyms to
     * blur): expanding misspelt words over the long texts' whole vocabulary costs more than it finds.
     */
    static final List<String> FUZZY_FIELDS = List.of("title^3", "summary^2", "tags^2", "steps.title");
    static final List<String> PROBLEM_FIELDS = List.of("problem", "problem.en");
    static final List<String> PROBLEM_CONTEXT_FIELDS = List.of(
            "title", "title.en", "summary", "summary.en", "solution", "solution.en", "tags");
    static final List<String> SIMILARITY_FIELDS = List.of("title", "summary", "problem", "solution", "tags");
    /** A query this long is a description of a problem rather than keywords. */
    static final int PROBLEM_WORDS = 8;

    /** A result list shows no algorithm, effects or solution: leaving them out of each hit halves the work. */
    static final SourceFilter LIST_FIELDS = new FetchSourceFilter(true, null, new String[] {"steps", "effects", "solution"});

    static final Map<String, Integer> FACET_SIZES = Map.of(
            "region", 100, "district", 20, "direction", 50, "year", 50, "status", 10);
    private static final int SNIPPET_LENGTH = 200;

    private SearchQueries() {
    }

    /**
     * The part of a search that ranks: what the relevance evaluation measures
     * (docs/relevance.md). Short text is matched as keywords; a long text as a problem description.
     */
    public static Query rankingQuery(String text) {
        return isProblemDescription(text) ? problemQuery(text) : keywordQuery(text);
    }

    static boolean isProblemDescription(String text) {
        return text.strip().split("[\\s\\p{Punct}]+").length >= PROBLEM_WORDS;
    }

    /**
     * Exact (stemmed, with synonyms) matches rank first; the same words as a phrase, or close
     * together, rank higher; a misspelt word still matches, with a small weight, so a typo finds
     * something without pushing exact hits down.
     */
    static Query keywordQuery(String text) {
        Query fuzzy = Query.of(q -> q.multiMatch(m -> m.query(text).fields(FUZZY_FIELDS)
                .type(TextQueryType.BestFields).analyzer("praxis_russian")
                .fuzziness("AUTO").prefixLength(1).maxExpansions(20).boost(0.3f)));
        return Query.of(q -> q.bool(b -> b.should(exactOrPhrase(text), fuzzy).minimumShouldMatch("1")));
    }

    /** The words as typed (stemmed, with synonyms), and as a phrase. Also what snippets highlight. */
    static Query exactOrPhrase(String text) {
        Query exact = Query.of(q -> q.multiMatch(m -> m.query(text).fields(TEXT_FIELDS)
                .type(TextQueryType.BestFields).tieBreaker(0.3f)));
        Query phrase = Query.of(q -> q.multiMatch(m -> m.query(text).fields(PHRASE_FIELDS)
                .type(TextQueryType.Phrase).slop(3).boost(2f)));
        return Query.of(q -> q.bool(b -> b.should(exact, phrase)));
    }

    /** What the practice solved weighs most: a problem described at length finds its solutions. */
    static Query problemQuery(String text) {
        Query problem = Query.of(q -> q.moreLikeThis(m -> m.fields(PROBLEM_FIELDS).like(l -> l.text(text))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("20%").boost(2f)));
        Query context = Query.of(q -> q.moreLikeThis(m -> m.fields(PROBLEM_CONTEXT_FIELDS).like(l -> l.text(text))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("20%")));
        return Query.of(q -> q.bool(b -> b.should(problem, context).minimumShouldMatch("1")));
    }

    static NativeQuery search(PracticeSearch search) {
        var filters = FacetFilters.of(search);
        var builder = NativeQuery.builder()
                .withQuery(Query.of(q -> q.bool(b -> b
                        .must(search.hasText() ? rankingQuery(search.text()) : Query.of(m -> m.matchAll(a -> a)))
                        .filter(filters.visibility()))))
                .withFilter(filters.all())
                .withSourceFilter(LIST_FIELDS)
                .withSort(sort(search.effectiveSort()))
                .withTrackTotalHits(true);
        filters.aggregations().forEach(builder::withAggregation);
        if (search.after() != null) {
            builder.withPageable(PageRequest.of(0, search.size())).withSearchAfter(search.after().sortValues());
        } else {
            builder.withPageable(PageRequest.of(search.page(), search.size()));
        }
        if (search.hasText()) {
            // Highlighting the fuzzy clause over every field cost ten times the search itself
            // (docs/performance.md): snippets mark what the words and their synonyms matched.
            builder.withHighlightQuery(highlight(Snippets.FIELDS_WITH_TITLE, SNIPPET_LENGTH,
                    new NativeQuery(exactOrPhrase(search.text()))));
        }
        return builder.build();
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
                        .filter(term("status", PracticeDocument.APPROVED)))))
                .withPageable(PageRequest.of(0, size))
                .withSourceFilter(LIST_FIELDS)
                .withHighlightQuery(highlight(List.of("title"), 0, typedWords))
                .build();
    }

    /** Approved practices most like {@code practice}: the same words in what it solved and how. */
    static NativeQuery similarTo(PracticeDocument practice, int size) {
        String like = String.join("\n", nonNull(practice.title(), practice.summary(), practice.problem(),
                practice.solution(), String.join(" ", practice.tags())));
        Query similar = Query.of(q -> q.moreLikeThis(m -> m.fields(SIMILARITY_FIELDS).like(l -> l.text(like))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("10%")));
        Query sameDirection = term("directionCode", practice.directionCode());
        return NativeQuery.builder()
                .withQuery(Query.of(q -> q.bool(b -> b
                        .must(similar)
                        .should(Query.of(s -> s.constantScore(c -> c.filter(sameDirection).boost(0.5f))))
                        .filter(term("status", PracticeDocument.APPROVED))
                        .mustNot(Query.of(n -> n.ids(i -> i.values(practice.id())))))))
                .withSourceFilter(LIST_FIELDS)
                .withPageable(PageRequest.of(0, size))
                .build();
    }

    static List<SortOptions> sort(SortOrder order) {
        var sorts = new ArrayList<SortOptions>();
        switch (order) {
            case RELEVANCE -> sorts.add(SortOptions.of(s -> s.score(o -> o.order(desc()))));
            case SCORE -> sorts.add(byField("expertScore"));
            case REPLICATIONS -> sorts.add(byField("replicationCount"));
            case NEWEST -> {
            }
        }
        sorts.add(byField("publishedAt"));
        sorts.add(byField("updatedAt"));
        // Ties broken by id, so paging is stable.
        sorts.add(SortOptions.of(s -> s.field(f -> f.field("id").order(org.opensearch.client.opensearch._types.SortOrder.Asc))));
        return sorts;
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }

    private static SortOptions byField(String field) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(desc()).missing(FieldValue.of("_last"))));
    }

    private static org.opensearch.client.opensearch._types.SortOrder desc() {
        return org.opensearch.client.opensearch._types.SortOrder.Desc;
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

    /**
     * Facet filters go into {@code post_filter}, and each facet's counts are computed under every
     * filter except its own, so choosing one region still shows how many practices the others have.
     */
    record FacetFilters(Map<String, Query> byFacet, Viewer viewer) {

        static FacetFilters of(PracticeSearch search) {
            var f = search.filters();
            var byFacet = new LinkedHashMap<String, Query>();
            if (!f.regions().isEmpty()) {
                byFacet.put("region", terms("regionCode", f.regions()));
            }
            if (!f.districts().isEmpty()) {
                byFacet.put("district", terms("federalDistrict", f.districts()));
            }
            if (!f.directions().isEmpty()) {
                byFacet.put("direction", terms("directionCode", f.directions()));
            }
            if (!f.years().isEmpty()) {
                byFacet.put("year", terms("startYear", f.years().stream().map(String::valueOf).toList()));
            }
            if (!f.budgets().isEmpty()) {
                byFacet.put("budget", Query.of(q -> q.bool(b -> b.should(f.budgets().stream().map(BudgetBand::filter).toList())
                        .minimumShouldMatch("1"))));
            }
            if (f.replicated() != null) {
                byFacet.put("replicated", Replicated.filter(f.replicated()));
            }
            if (search.viewer().staff()) {
                // Staff see approved practices unless they ask for other statuses.
                byFacet.put("status", terms("status", f.statuses().isEmpty() ? List.of(PracticeDocument.APPROVED) : f.statuses()));
            }
            return new FacetFilters(byFacet, search.viewer());
        }

        /** What the viewer may see at all: part of the main query, so it limits every count. */
        Query visibility() {
            return visibility(viewer);
        }

        static Query visibility(Viewer viewer) {
            return viewer.staff() ? Query.of(q -> q.matchAll(m -> m)) : term("status", PracticeDocument.APPROVED);
        }

        Query all() {
            return allBut(null);
        }

        Query allBut(String facet) {
            var others = byFacet.entrySet().stream().filter(e -> !e.getKey().equals(facet)).map(Map.Entry::getValue).toList();
            return others.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(others)));
        }

        Map<String, Aggregation> aggregations() {
            var aggregations = new LinkedHashMap<String, Aggregation>();
            aggregations.put("region", facet("region", values -> values.terms(t -> t.field("regionCode").size(FACET_SIZES.get("region")))));
            aggregations.put("district", facet("district", values -> values.terms(t -> t.field("federalDistrict").size(FACET_SIZES.get("district")))));
            aggregations.put("direction", facet("direction", values -> values.terms(t -> t.field("directionCode").size(FACET_SIZES.get("direction")))));
            aggregations.put("year", facet("year", values -> values.terms(t -> t.field("startYear").size(FACET_SIZES.get("year")))));
            aggregations.put("budget", facet("budget", values -> values.filters(f -> f.filters(b -> b.keyed(bands())))));
            aggregations.put("replicated", facet("replicated", values -> values.filters(f -> f.filters(b -> b.keyed(Map.of(
                    "true", Replicated.filter(true), "false", Replicated.filter(false)))))));
            if (viewer.staff()) {
                aggregations.put("status", facet("status", values -> values.terms(t -> t.field("status").size(FACET_SIZES.get("status")))));
            }
            return aggregations;
        }

        private Aggregation facet(String name,
                                  Function<Aggregation.Builder, org.opensearch.client.util.ObjectBuilder<Aggregation>> values) {
            return Aggregation.of(a -> a.filter(allBut(name)).aggregations("values", values.apply(new Aggregation.Builder()).build()));
        }

        private static Map<String, Query> bands() {
            var bands = new LinkedHashMap<String, Query>();
            for (BudgetBand band : BudgetBand.values()) {
                bands.put(band.code(), band.filter());
            }
            return bands;
        }
    }

    /** "Replicated" means at least one region has asked to repeat the practice. */
    static final class Replicated {

        private Replicated() {
        }

        static Query filter(boolean replicated) {
            Query some = Query.of(q -> q.range(r -> r.field("replicationCount").gte(org.opensearch.client.json.JsonData.of(1))));
            return replicated ? some : Query.of(q -> q.bool(b -> b.mustNot(some)));
        }
    }
}
