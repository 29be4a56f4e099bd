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
    void removesAScriptWithItsContent() {
        assertThat(Snippets.sanitise("<script>alert('x')</script> <em>центр</em>")).isEqualTo(" <em>центр</em>");
    }

    @Test
    void removesOtherElementsButKeepsTheirText() {
        assertThat(Snippets.sanitise("<img src=x onerror=alert(1)><b>центр</b> <a href=\"javascript:x()\">услуг</a>"))
                .isEqualTo("центр услуг");
    }

    @Test
    void dropsTheAttributesOfAnEmphasis() {
        assertThat(Snippets.sanitise("<em onmouseover=\"steal()\" style=\"position:fixed\">центр</em>"))
                .isEqualTo("<em>центр</em>");
    }

    @Test
    void keepsTextTheSearchServiceAlreadyEscapedAsText() {
        // Character references come out as the characters themselves: the same text, in UTF-8.
        assertThat(Snippets.sanitise("&lt;b&gt;налоги &amp; сборы&lt;/b&gt; &#171;МФЦ&#187;"))
                .isEqualTo("&lt;b&gt;налоги &amp; сборы&lt;/b&gt; «МФЦ»");
    }

    @Test
    void escapesABareAmpersandAndAngleBrackets() {
        assertThat(Snippets.sanitise("R&D, 1 < 2 > 0")).isEqualTo("R&amp;D, 1 &lt; 2 &gt; 0");
    }

    @Test
    void closesAnUnclosedEmphasisWithinTheSnippetAndDropsStrayClosings() {
        assertThat(Snippets.sanitise("</em>один <em>два")).isEqualTo("один <em>два</em>");
        assertThat(Snippets.sanitise("</em>один <em>два <em>три")).isEqualTo("один <em>два <em>три</em></em>");
    }

    @Test
    void treatsAMissingSnippetAsEmpty() {
        assertThat(Snippets.sanitise(null)).isEmpty();
    }
}
