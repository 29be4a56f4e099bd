package dev.praxis.search.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class PracticeSearchTests {

    @Test
    void acceptsTheDefaultsAndTidiesTheInput() {
        var search = new PracticeSearch("  центр услуг ", " ", null, 0, 10);

        assertThat(search.text()).isEqualTo("центр услуг");
        assertThat(search.region()).isNull();
        assertThat(search.hasText()).isTrue();
    }

    @Test
    void treatsMissingTextAsNewestFirst() {
        assertThat(new PracticeSearch(null, null, null, 0, 10).hasText()).isFalse();
    }

    @Test
    void rejectsTextLongerThan200Characters() {
        new PracticeSearch("я".repeat(200), null, null, 0, 10);

        assertThatThrownBy(() -> new PracticeSearch("я".repeat(201), null, null, 0, 10))
                .isInstanceOfSatisfying(InvalidSearch.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("q", "Size", 200)));
    }

    @Test
    void rejectsPageSizesOutside1To50() {
        assertThatThrownBy(() -> new PracticeSearch("", null, null, 0, 0))
                .isInstanceOfSatisfying(InvalidSearch.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("size", "Min", 1)));
        assertThatThrownBy(() -> new PracticeSearch("", null, null, 0, 51))
                .isInstanceOfSatisfying(InvalidSearch.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("size", "Max", 50)));
    }

    @Test
    void rejectsPagesBeyondTheResultWindowWithoutOverflowing() {
        new PracticeSearch("", null, null, 199, 50);

        assertThatThrownBy(() -> new PracticeSearch("", null, null, 200, 50))
                .isInstanceOfSatisfying(InvalidSearch.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("page", "MaxResultWindow", 10_000)));
        assertThatThrownBy(() -> new PracticeSearch("", null, null, Integer.MAX_VALUE, 50))
                .isInstanceOf(InvalidSearch.class);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> new PracticeSearch("x".repeat(300), "R".repeat(65), null, -1, 99))
                .isInstanceOfSatisfying(InvalidSearch.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("q", "Size"), tuple("region", "Size"), tuple("page", "Min"),
                                tuple("size", "Max")));
    }
}
