package dev.praxis.search.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PracticeSearchTests {

    private static final String TOKEN = new PageToken(List.of(1_700_000_000_000L, "id-1"), 10).encode();

    @Test
    void acceptsTheDefaultsAndTidiesTheText() {
        var search = PracticeSearch.of(request().q("  центр услуг ").build(), Viewer.PUBLIC);

        assertThat(search.text()).isEqualTo("центр услуг");
        assertThat(search.filters()).isEqualTo(PracticeSearch.Filters.NONE);
        assertThat(search.page()).isZero();
        assertThat(search.size()).isEqualTo(10);
        assertThat(search.after()).isNull();
    }

    @Test
    void sortsByRelevanceWithTextAndNewestFirstWithout() {
        assertThat(PracticeSearch.of(request().q("центр").build(), Viewer.PUBLIC).sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(PracticeSearch.of(request().q("  ").build(), Viewer.PUBLIC).sort()).isEqualTo(SortOrder.NEWEST);
        assertThat(PracticeSearch.of(request().sort("relevance").build(), Viewer.PUBLIC).effectiveSort())
                .isEqualTo(SortOrder.NEWEST);
        assertThat(PracticeSearch.of(request().q("центр").sort("replications").build(), Viewer.PUBLIC).sort())
                .isEqualTo(SortOrder.REPLICATIONS);
    }

    @Test
    void rejectsTextLongerThan1000Characters() {
        PracticeSearch.of(request().q("я".repeat(1000)).build(), Viewer.PUBLIC);

        assertViolations(request().q("я".repeat(1001)), tuple("q", "Size"));
    }

    @Test
    void rejectsMoreThan20ValuesOfOneFilter() {
        var twenty = IntStream.range(0, 20).mapToObj(i -> "RU-" + i).toList();
        var twentyOne = IntStream.range(0, 21).mapToObj(i -> "RU-" + i).toList();
        PracticeSearch.of(request().region(twenty).build(), Viewer.PUBLIC);

        assertViolations(request().region(twentyOne), tuple("region", "MaxValues"));
        assertViolations(request().district(twentyOne), tuple("district", "MaxValues"));
        assertViolations(request().direction(twentyOne), tuple("direction", "MaxValues"));
        assertViolations(request().year(IntStream.range(2000, 2021).boxed().toList()), tuple("year", "MaxValues"));
        assertViolations(request().recommended(IntStream.range(2000, 2021).boxed().toList()),
                tuple("recommended", "MaxValues"));
    }

    @Test
    void filtersByTheYearsOfRecommendationEachCountedOnce() {
        var search = PracticeSearch.of(request().recommended(List.of(2026, 2025, 2026)).build(), Viewer.PUBLIC);

        assertThat(search.filters().recommended()).containsExactly(2026, 2025);
        assertThat(PracticeSearch.of(request().build(), Viewer.PUBLIC).filters().recommended()).isEmpty();
    }

    @Test
    void offersTheSortByExpertScoreOnlyOnceScoresExist() {
        assertThat(SortOrder.offered(false)).containsExactly(SortOrder.RELEVANCE, SortOrder.NEWEST, SortOrder.REPLICATIONS);
        assertThat(SortOrder.offered(true)).containsExactly(SortOrder.values());
        // Asked for while it is not offered (an old bookmark), the order still sorts rather than failing.
        assertThat(PracticeSearch.of(request().sort("score").build(), Viewer.PUBLIC).sort()).isEqualTo(SortOrder.SCORE);
    }

    @Test
    void countsRepeatedValuesOnce() {
        var search = PracticeSearch.of(request().region(Collections.nCopies(25, "RU-KGD")).build(), Viewer.PUBLIC);

        assertThat(search.filters().regions()).containsExactly("RU-KGD");
    }

    @Test
    void rejectsValuesLongerThan100Characters() {
        PracticeSearch.of(request().direction(List.of("d".repeat(100))).build(), Viewer.PUBLIC);

        assertViolations(request().direction(List.of("d".repeat(101))), tuple("direction", "Size"));
        assertViolations(request().region(List.of("R".repeat(101))), tuple("region", "Size"));
    }

    @Test
    void rejectsUnknownBudgetBandsStatusesAndSortOrders() {
        assertViolations(request().budget(List.of("up-to-1m", "cheap")), tuple("budget", "OneOf"));
        assertViolations(request().status(List.of("DRAFT")), tuple("status", "OneOf"));
        assertViolations(request().sort("popularity"), tuple("sort", "OneOf"));
    }

    @Test
    void readsEveryBudgetBand() {
        var search = PracticeSearch.of(request()
                .budget(List.of("up-to-1m", "1m-10m", "10m-100m", "over-100m", "not-stated")).build(), Viewer.PUBLIC);

        assertThat(search.filters().budgets()).containsExactly(BudgetBand.values());
    }

    @Test
    void rejectsPageSizesOutside1To50AndNegativePages() {
        PracticeSearch.of(request().size(1).build(), Viewer.PUBLIC);
        PracticeSearch.of(request().size(50).build(), Viewer.PUBLIC);

        assertViolations(request().size(0), tuple("size", "Min"));
        assertViolations(request().size(51), tuple("size", "Max"));
        assertViolations(request().page(-1), tuple("page", "Min"));
    }

    @Test
    void rejectsPagesBeyondTheResultWindowWithoutOverflowing() {
        PracticeSearch.of(request().page(199).size(50).build(), Viewer.PUBLIC);

        assertViolations(request().page(200).size(50), tuple("page", "MaxResultWindow"));
        assertViolations(request().page(Integer.MAX_VALUE).size(50), tuple("page", "MaxResultWindow"));
    }

    @Test
    void continuesAfterAPageToken() {
        var search = PracticeSearch.of(request().after(TOKEN).build(), Viewer.PUBLIC);

        assertThat(search.after()).isEqualTo(new PageToken(List.of(1_700_000_000_000L, "id-1"), 10));
        assertThat(search.offset()).isEqualTo(10);
    }

    @Test
    void rejectsAMalformedPageToken() {
        assertViolations(request().after("not a token"), tuple("after", "Cursor"));
    }

    @Test
    void rejectsAPageTokenTogetherWithAPageNumber() {
        assertViolations(request().after(TOKEN).page(2), tuple("page", "AfterWithPage"));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertViolations(request().q("x".repeat(1001)).region(List.of("R".repeat(101))).sort("best").page(-1).size(99),
                tuple("q", "Size"), tuple("region", "Size"), tuple("sort", "OneOf"), tuple("page", "Min"),
                tuple("size", "Max"));
    }

    @Test
    void keepsNonPublicStatusesFromEveryoneButStaff() {
        assertThatThrownBy(() -> PracticeSearch.of(request().status(List.of("APPROVED", "SUBMITTED")).build(), Viewer.PUBLIC))
                .isInstanceOf(StatusNotVisible.class);
        assertThatThrownBy(() -> PracticeSearch.of(request().status(List.of("ARCHIVED")).build(), Viewer.PUBLIC))
                .isInstanceOf(StatusNotVisible.class);

        assertThat(PracticeSearch.of(request().status(List.of("APPROVED")).build(), Viewer.PUBLIC).filters().statuses())
                .containsExactly("APPROVED");
        assertThat(PracticeSearch.of(request().status(List.of("SUBMITTED", "REJECTED")).build(), Viewer.COORDINATOR)
                .filters().statuses()).containsExactly("SUBMITTED", "REJECTED");
    }

    @Test
    void reportsBadParametersBeforeCheckingVisibility() {
        assertViolations(request().status(List.of("SUBMITTED")).size(0), tuple("size", "Min"));
    }

    private static void assertViolations(RequestBuilder request, org.assertj.core.groups.Tuple... expected) {
        assertThatThrownBy(() -> PracticeSearch.of(request.build(), Viewer.PUBLIC))
                .isInstanceOfSatisfying(InvalidSearch.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(expected));
    }

    static RequestBuilder request() {
        return new RequestBuilder();
    }

    /** The request parameters with the API's defaults. */
    static final class RequestBuilder {

        private String q;
        private List<String> region;
        private List<String> district;
        private List<String> direction;
        private List<Integer> year;
        private List<String> budget;
        private List<String> status;
        private Boolean replicated;
        private List<Integer> recommended;
        private String sort;
        private int page;
        private int size = 10;
        private String after;

        RequestBuilder q(String q) {
            this.q = q;
            return this;
        }

        RequestBuilder region(List<String> region) {
            this.region = region;
            return this;
        }

        RequestBuilder district(List<String> district) {
            this.district = district;
            return this;
        }

        RequestBuilder direction(List<String> direction) {
            this.direction = direction;
            return this;
        }

        RequestBuilder year(List<Integer> year) {
            this.year = year;
            return this;
        }

        RequestBuilder budget(List<String> budget) {
            this.budget = budget;
            return this;
        }

        RequestBuilder status(List<String> status) {
            this.status = status;
            return this;
        }

        RequestBuilder replicated(Boolean replicated) {
            this.replicated = replicated;
            return this;
        }

        RequestBuilder recommended(List<Integer> recommended) {
            this.recommended = recommended;
            return this;
        }

        RequestBuilder sort(String sort) {
            this.sort = sort;
            return this;
        }

        RequestBuilder page(int page) {
            this.page = page;
            return this;
        }

        RequestBuilder size(int size) {
            this.size = size;
            return this;
        }

        RequestBuilder after(String after) {
            this.after = after;
            return this;
        }

        PracticeSearch.Request build() {
            return new PracticeSearch.Request(q, region, district, direction, year, budget, status, replicated,
                    recommended, sort, page, size, after);
        }
    }
}
