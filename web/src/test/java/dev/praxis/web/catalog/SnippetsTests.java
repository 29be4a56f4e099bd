package dev.praxis.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    @Test
    void keepsEmphasisAroundMatches() {
        assertThat(Snippets.sanitise("Открыт <em>центр</em> предоставления <em>услуг</em>"))
                .isEqualTo("Открыт <em>центр</em> предоставления <em>услуг</em>");
    }

    @Test
    void escapesAScriptTag() {
        assertThat(Snippets.sanitise("<script>alert('x')</script> <em>центр</em>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <em>центр</em>");
    }

    @Test
    void escapesEmphasisWithAttributes() {
        assertThat(Snippets.sanitise("<em onmouseover=\"steal()\">центр</em>"))
                .isEqualTo("&lt;em onmouseover=&quot;steal()&quot;&gt;центр");
    }

    @Test
    void leavesTextTheSearchServiceAlreadyEscapedAsItIs() {
        assertThat(Snippets.sanitise("&lt;b&gt;налоги &amp; сборы&lt;/b&gt; &#171;МФЦ&#187;"))
                .isEqualTo("&lt;b&gt;налоги &amp; сборы&lt;/b&gt; &#171;МФЦ&#187;");
    }

    @Test
    void escapesABareAmpersand() {
        assertThat(Snippets.sanitise("R&D")).isEqualTo("R&amp;D");
    }

    @Test
    void closesAnUnclosedEmphasisAndDropsStrayOnes() {
        assertThat(Snippets.sanitise("</em>один <em>два <em>три")).isEqualTo("один <em>два три</em>");
    }

    @Test
    void treatsAMissingSnippetAsEmpty() {
        assertThat(Snippets.sanitise(null)).isEmpty();
    }
}
