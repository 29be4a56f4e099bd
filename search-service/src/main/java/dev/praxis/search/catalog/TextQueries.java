package dev.praxis.search.catalog;

import java.util.List;

import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.TextQueryType;
import org.opensearch.client.opensearch._types.query_dsl.ZeroTermsQuery;

/**
 * The queries that match and rank the user's text. The text only ever reaches the engine as the
 * text of {@code multi_match} / {@code more_like_this} queries, never as query syntax, so any
 * string is safe. See docs/search.md for why the queries look the way they do.
 */
public final class TextQueries {

    /**
     * Where the words are looked for, most telling first: title over summary over tags; then what
     * the practice solves ({@code body}: problem, goal, solution), how it is done ({@code
     * implementation}: steps with their resources, documents and KPIs, effects with their evidence),
     * who did it (author organisation, partners) and where (region and municipality, whose names are
     * short and say a lot); and everything else ({@code details}: audience, risks, do's and don'ts,
     * resources, partners' roles). Long texts are gathered by copy_to so a word costs one clause per
     * tier, not one per field (docs/search.md).
     */
    static final List<String> WORD_FIELDS = List.of("title^4", "summary^2.5", "tags^2", "body^1.5",
            "implementation", "authorOrganisation", "partners.name", "regionName.text^2", "municipality.text^1.5",
            "details^0.5");
    /**
     * English analysis, asked only when the text has Latin letters: of the Russian title and summary
     * (an English card keeps its text there), and of the English versions of every text ({@code
     * bodyEn} gathers the long ones), the organisations and the region's English name.
     */
    static final List<String> ENGLISH_WORD_FIELDS = List.of("title.en^4", "summary.en^2.5", "titleEn^4",
            "summaryEn^2.5", "bodyEn", "authorOrganisationEn", "partners.nameEn", "regionNameEn^2");
    /**
     * Where the words of a query standing close together count extra, weighed as above: a region's
     * name as a phrase («Калининградская область») says more in the region than in the body.
     */
    static final List<String> PHRASE_FIELDS = List.of("title^4", "summary^2", "body^1.5", "implementation",
            "regionName.text^2", "municipality.text^1.5");
    static final List<String> ENGLISH_PHRASE_FIELDS = List.of("title.en^4", "summary.en^2", "titleEn^4", "summaryEn^2");
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
    /** A query this long is a description of a problem rather than keywords. */
    static final int PROBLEM_WORDS = 8;

    private TextQueries() {
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
}
