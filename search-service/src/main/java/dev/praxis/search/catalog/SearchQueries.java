package dev.praxis.search.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch._types.query_dsl.ZeroTermsQuery;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.AggregationRange;
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

    /**
     * Where the words are looked for: title over summary over tags over the body, which gathers
     * problem, solution, steps and effects (copy_to) so that each word costs one clause, not six.
     */
    static final List<String> WORD_FIELDS = List.of("title^4", "summary^2.5", "tags^2", "body");
    /** English analysis of the same fields, asked only when the text has Latin letters. */
    static final List<String> ENGLISH_WORD_FIELDS = List.of("title.en^4", "summary.en^2.5");
    /** Where the words of a query standing close together count extra. */
    static final List<String> PHRASE_FIELDS = List.of("title^4", "summary^2", "body");
    static final List<String> ENGLISH_PHRASE_FIELDS = List.of("title.en^4", "summary.en^2");
    /**
     * Typo tolerance on the short Russian fields only, with the index analyzer (no synonyms to
     * blur): expanding misspelt words over the long texts' whole vocabulary costs more than it finds.
     */
    static final List<String> FUZZY_FIELDS = List.of("title^3", "summary^2", "tags^2");
    /**
     * One wrong, missing, extra or swapped letter in words of four letters or more, past the first
     * two letters: what the judged typos are, and two edits cost far more to look up
     * (docs/performance.md).
     */
    static final String ONE_TYPO = "AUTO:4,100";
    static final List<String> PROBLEM_FIELDS = List.of("problem");
    /** The rest of the practice; English analysis of the long texts exists only in {@code body.en}. */
    static final List<String> PROBLEM_CONTEXT_FIELDS = List.of(
            "title", "title.en", "summary", "summary.en", "solution", "tags");
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
     * The part of a search that ranks, as first tried: what the relevance evaluation measures
     * (docs/relevance.md). Short text is matched as keywords, every one of them required; a long
     * text as a problem description.
     */
    public static Query rankingQuery(String text) {
        return isProblemDescription(text) ? problemQuery(text) : everyWordQuery(text);
    }

    /**
     * The looser tries, in order, when the first found nothing; none for a problem description,
     * which already matches loosely. First every word again, each exactly or with one typo, so a
     * misspelling still finds only what has all the words; then any of the words.
     */
    public static List<Query> looserRankingQueries(String text) {
        if (isProblemDescription(text)) {
            return List.of();
        }
        // One word, with or without its typo, is what the any-word try asks already.
        return words(text).size() > 1 ? List.of(everyWordForgivingTypos(text), anyWordQuery(text)) : List.of(anyWordQuery(text));
    }

    static boolean isProblemDescription(String text) {
        return words(text).size() >= PROBLEM_WORDS;
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.strip().split("[\\s\\p{Punct}]+")).filter(word -> !word.isEmpty()).toList();
    }

    /**
     * Every word, or a synonym of it, somewhere in the practice (the fields taken as one), so a
     * common word cannot drag in most of the catalogue; the words close together rank higher.
     * Requiring every word is also what keeps a search cheap: facets and the total count only the
     * practices that match.
     */
    static Query everyWordQuery(String text) {
        Query words = Query.of(q -> q.multiMatch(m -> m.query(text).fields(wordFields(text))
                .type(TextQueryType.CrossFields).operator(Operator.And).tieBreaker(0.3f)));
        return Query.of(q -> q.bool(b -> b.must(words).should(phrase(text))));
    }

    /**
     * Every word, as typed (stemmed, with synonyms) anywhere or with one typo in the short fields;
     * the words close together rank higher. A word that is only a stop word asks for nothing.
     */
    static Query everyWordForgivingTypos(String text) {
        var everyWord = words(text).stream().map(word -> Query.of(q -> q.bool(b -> b
                .should(anyOf(word, wordFields(text), ZeroTermsQuery.All), oneTypo(word, ZeroTermsQuery.All))
                .minimumShouldMatch("1")))).toList();
        return Query.of(q -> q.bool(b -> b.must(everyWord).should(phrase(text))));
    }

    /**
     * Words with one typo, in the short Russian fields, with a small weight. The index analyzer,
     * so that synonyms do not blur what is corrected.
     */
    private static Query oneTypo(String text, ZeroTermsQuery whenOnlyStopWords) {
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(FUZZY_FIELDS)
                .type(TextQueryType.BestFields).analyzer("praxis_russian").zeroTermsQuery(whenOnlyStopWords)
                .fuzziness(ONE_TYPO).prefixLength(2).maxExpansions(10).boost(0.3f)));
    }

    /**
     * Any of the words (stemmed, with synonyms) ranks first; the words as a phrase rank higher; a
     * misspelt word still matches, with a small weight, so a typo finds something without pushing
     * exact hits down.
     */
    static Query anyWordQuery(String text) {
        return Query.of(q -> q.bool(b -> b.should(anyWordOrPhrase(text), oneTypo(text, ZeroTermsQuery.None))
                .minimumShouldMatch("1")));
    }

    /** Any of the words (stemmed, with synonyms), and the words as a phrase. */
    static Query anyWordOrPhrase(String text) {
        return Query.of(q -> q.bool(b -> b.should(anyWord(text), phrase(text))));
    }

    /**
     * Any of the words (stemmed, with synonyms): also what snippets mark, whichever try found the
     * practice. Never the typo clause, and not the phrase either: its words are marked anyway,
     * and reading their positions for it cost about 2 ms of a 13 ms search (docs/performance.md).
     */
    static Query anyWord(String text) {
        return anyOf(text, wordFields(text), ZeroTermsQuery.None);
    }

    private static Query anyOf(String words, List<String> fields, ZeroTermsQuery whenOnlyStopWords) {
        return Query.of(q -> q.multiMatch(m -> m.query(words).fields(fields)
                .type(TextQueryType.BestFields).tieBreaker(0.3f).zeroTermsQuery(whenOnlyStopWords)));
    }

    private static Query phrase(String text) {
        var fields = hasLatin(text) ? concat(PHRASE_FIELDS, ENGLISH_PHRASE_FIELDS) : PHRASE_FIELDS;
        return Query.of(q -> q.multiMatch(m -> m.query(text).fields(fields)
                .type(TextQueryType.Phrase).slop(3).boost(2f)));
    }

    /**
     * English analysis only helps a text with Latin letters: for Cyrillic it would repeat the
     * Russian clauses without stemming, at the price of twice the clauses.
     */
    static List<String> wordFields(String text) {
        return hasLatin(text) ? concat(WORD_FIELDS, ENGLISH_WORD_FIELDS) : WORD_FIELDS;
    }

    static boolean hasLatin(String text) {
        return text.codePoints().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    /** What the practice solved weighs most: a problem described at length finds its solutions. */
    static Query problemQuery(String text) {
        Query problem = Query.of(q -> q.moreLikeThis(m -> m.fields(PROBLEM_FIELDS).like(l -> l.text(text))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("20%").boost(2f)));
        Query context = Query.of(q -> q.moreLikeThis(m -> m.fields(PROBLEM_CONTEXT_FIELDS).like(l -> l.text(text))
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("20%")));
        return Query.of(q -> q.bool(b -> b.should(problem, context).minimumShouldMatch("1")));
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
        return tryOf(search, rankingQuery(search.text()), anyWord(search.text()));
    }

    /** The looser tries, in order, when the first found nothing (see {@link #looserRankingQueries}). */
    static List<Try> looserTries(PracticeSearch search) {
        return search.hasText()
                ? looserRankingQueries(search.text()).stream()
                        .map(query -> tryOf(search, query, anyWord(search.text()))).toList()
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
        var text = search.hasText() ? rankingQuery(search.text()) : Query.of(m -> m.matchAll(a -> a));
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
                .withSort(sort(search.effectiveSort()))
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
            hits.withHighlightQuery(highlight(Snippets.fields(hasLatin(search.text())), SNIPPET_LENGTH,
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
     * Each facet's counts are computed under every filter except its own, so choosing one region
     * still shows how many practices the others have.
     */
    record FacetFilters(Map<String, Query> byFacet, Viewer viewer) {

        /** Names inside a facet counted apart: {@code global} → {@value #MATCHING} ({@code filter}) → {@value #VALUES}. */
        private static final String MATCHING = "matching";
        private static final String VALUES = "values";

        /** A facet's counted values in a response, whether it was counted apart or not. */
        static Aggregate values(Aggregate facet) {
            return facet.isGlobal()
                    ? facet.global().aggregations().get(MATCHING).filter().aggregations().get(VALUES)
                    : facet;
        }

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

        List<Query> all() {
            return List.copyOf(byFacet.values());
        }

        private List<Query> allBut(String facet) {
            return byFacet.entrySet().stream().filter(e -> !e.getKey().equals(facet)).map(Map.Entry::getValue).toList();
        }

        /** @param text what the search matches before filters, as the ranking query */
        Map<String, Aggregation> aggregations(Query text) {
            var aggregations = new LinkedHashMap<String, Aggregation>();
            aggregations.put("region", facet("region", text, values -> values.terms(t -> t.field("regionCode").size(FACET_SIZES.get("region")))));
            aggregations.put("district", facet("district", text, values -> values.terms(t -> t.field("federalDistrict").size(FACET_SIZES.get("district")))));
            aggregations.put("direction", facet("direction", text, values -> values.terms(t -> t.field("directionCode").size(FACET_SIZES.get("direction")))));
            aggregations.put("year", facet("year", text, values -> values.terms(t -> t.field("startYear").size(FACET_SIZES.get("year")))));
            // Ranges over doc values, not range queries: a range query gathers every practice in
            // the band across the whole index before meeting the matches (docs/performance.md).
            aggregations.put("budget", facet("budget", text, values -> values.range(r -> r.field("budgetRub").keyed(false)
                    .missing(BudgetBand.MISSING).ranges(BudgetBand.ranges()))));
            aggregations.put("replicated", facet("replicated", text, values -> values.range(r -> r.field("replicationCount")
                    .keyed(false).ranges(Replicated.ranges()))));
            if (viewer.staff()) {
                aggregations.put("status", facet("status", text, values -> values.terms(t -> t.field("status").size(FACET_SIZES.get("status")))));
            }
            return aggregations;
        }

        /**
         * A facet: its values counted under every filter but its own. Without a filter of its own
         * that is what the query matched; with one, the text is matched again, unscored, under the
         * other filters ({@code global}, then {@code filter}), which costs a second pass over what
         * the text matches, so only the facets with a chosen value pay it (docs/performance.md).
         */
        private Aggregation facet(String name, Query text,
                                  Function<Aggregation.Builder, org.opensearch.client.util.ObjectBuilder<Aggregation>> values) {
            var counted = values.apply(new Aggregation.Builder()).build();
            if (!byFacet.containsKey(name)) {
                return counted;
            }
            Query withoutOwnFilter = Query.of(q -> q.bool(b -> b.filter(text).filter(visibility()).filter(allBut(name))));
            Aggregation matching = Aggregation.of(a -> a.filter(withoutOwnFilter).aggregations(VALUES, counted));
            return Aggregation.of(a -> a.global(g -> g).aggregations(MATCHING, matching));
        }
    }

    /** "Replicated" means at least one region has asked to repeat the practice. */
    static final class Replicated {

        private Replicated() {
        }

        static List<AggregationRange> ranges() {
            return List.of(AggregationRange.of(r -> r.key("false").to(JsonData.of(1))),
                    AggregationRange.of(r -> r.key("true").from(JsonData.of(1))));
        }

        static Query filter(boolean replicated) {
            Query some = Query.of(q -> q.range(r -> r.field("replicationCount").gte(JsonData.of(1))));
            return replicated ? some : Query.of(q -> q.bool(b -> b.mustNot(some)));
        }
    }
}
