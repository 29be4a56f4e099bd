package dev.praxis.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SearchResultTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsFacetValuesThatAreNumbersOrBooleansAsText() {
        SearchResult result = json.readValue("""
                {"total": 12, "page": 0, "size": 10, "sort": "newest", "next": "abc", "hits": [],
                 "facets": {"year": [{"value": 2021, "count": 3}], "replicated": [{"value": true, "count": 2}],
                            "region": [{"value": "RU-KGD", "count": 5}], "unknown": []}}
                """, SearchResult.class);

        assertThat(result.facets().year()).containsExactly(new SearchResult.Count("2021", 3));
        assertThat(result.facets().replicated()).containsExactly(new SearchResult.Count("true", 2));
        assertThat(result.facets().named("region")).containsExactly(new SearchResult.Count("RU-KGD", 5));
        assertThat(result.facets().budget()).isEmpty();
    }

    @Test
    void countsNoMorePagesThanTheResultWindowAllows() {
        assertThat(new SearchResult(35, 0, 10, null, false, null, null).totalPages()).isEqualTo(4);
        assertThat(new SearchResult(1_000_000, 0, 10, null, false, null, null).totalPages()).isEqualTo(1000);
    }

    @Test
    void escapesATitleWithoutHighlight() {
        var hit = new SearchResult.Hit("1", "A & <b>", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);

        assertThat(hit.safeTitle()).isEqualTo("A &amp; &lt;b&gt;");
    }
}
