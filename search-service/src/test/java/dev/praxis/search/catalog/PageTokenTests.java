package dev.praxis.search.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.FieldValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageTokenTests {

    @Test
    void survivesTheRoundTripWithEveryKindOfSortValue() {
        var token = new PageToken(List.of(12.5, 1_700_000_000_000L, Long.MIN_VALUE, "7f3c-id"), 40);

        assertThat(PageToken.decode(token.encode())).contains(token);
    }

    @Test
    void keepsThePlainValuesOfTheEnginesSortValues() {
        // A missing expert score sorts as the string "-Infinity", which the engine accepts back.
        var token = new PageToken(List.of(FieldValue.of("-Infinity"), FieldValue.of(1_709_287_200_000L),
                FieldValue.of(2.5), FieldValue.of("id-7")), 10);

        assertThat(token.sortValues()).containsExactly("-Infinity", 1_709_287_200_000L, 2.5, "id-7");
        assertThat(PageToken.decode(token.encode())).contains(token);
    }

    @Test
    void isSafeInAUrl() {
        String encoded = new PageToken(List.of("ёлка/?&=+"), 3).encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage!", "%%%", "W10", "WzEsIDJd", "WyJ4IiwgWzFdXQ", "Wy0xLCBbMV1d",
            "WzEsIFtdXQ", "WzEsIFt7fV1d"})
    void rejectsAnythingItDidNotIssue(String token) {
        assertThat(PageToken.decode(token)).isEmpty();
    }

    @Test
    void rejectsMoreSortValuesThanAnyOrderHas() {
        String sixValues = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("[0,[1,2,3,4,5,6]]".getBytes(StandardCharsets.UTF_8));

        assertThat(PageToken.decode(sixValues)).isEmpty();
    }
}
