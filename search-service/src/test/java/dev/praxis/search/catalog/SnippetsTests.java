package dev.praxis.search.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    @Test
    void prefersTheProblemFragmentOverTheSolution() {
        var highlights = Map.of(
                "solution", List.of("открыть <em>центр</em>"),
                "problem", List.of("очереди в <em>центре</em> услуг"));

        assertThat(Snippets.choose(highlights, "ignored")).isEqualTo("очереди в <em>центре</em> услуг");
    }

    @Test
    void neverUsesTheTitleAsSnippet() {
        var highlights = Map.of("title", List.of("<em>Центр</em> услуг"));

        assertThat(Snippets.choose(highlights, "Долгие очереди")).isEqualTo("Долгие очереди");
    }

    @Test
    void fallsBackToTheEscapedBeginningOfTheProblem() {
        assertThat(Snippets.choose(Map.of(), "Очереди <b>&</b> \"жалобы\" / 'ожидание'"))
                .isEqualTo("Очереди &lt;b&gt;&amp;&lt;&#x2F;b&gt; &quot;жалобы&quot; &#x2F; &#x27;ожидание&#x27;");
    }

    @Test
    void cutsALongProblemAtAWordBoundary() {
        String problem = "слово ".repeat(60) + "конец";

        String snippet = Snippets.beginningOf(problem);

        assertThat(snippet).endsWith("слово…").doesNotContain("конец");
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippets.FALLBACK_LENGTH + 1);
    }

    @Test
    void flattensWhitespaceAndToleratesAMissingProblem() {
        assertThat(Snippets.beginningOf(" первая\n\nвторая\tстрока ")).isEqualTo("первая вторая строка");
        assertThat(Snippets.beginningOf(null)).isEmpty();
    }

    @Test
    void highlightsTheTitleWhenItMatchedAndEscapesItOtherwise() {
        assertThat(Snippets.title(Map.of("title", List.of("<em>Центр</em> &amp; услуги")), "Центр & услуги"))
                .isEqualTo("<em>Центр</em> &amp; услуги");
        assertThat(Snippets.title(Map.of("title.en", List.of("<em>Centre</em>")), "Centre")).isEqualTo("<em>Centre</em>");
        assertThat(Snippets.title(Map.of("problem", List.of("<em>центр</em>")), "<b>Центр</b>"))
                .isEqualTo("&lt;b&gt;Центр&lt;&#x2F;b&gt;");
    }

    @Test
    void fallsBackToTheProblemEvenWhenOnlyTheEnglishTitleMatched() {
        assertThat(Snippets.choose(Map.of("title.en", List.of("<em>Centre</em>")), "Очереди")).isEqualTo("Очереди");
    }
}
