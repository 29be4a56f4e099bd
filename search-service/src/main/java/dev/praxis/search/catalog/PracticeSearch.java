package dev.praxis.search.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A validated search over the catalogue. Field names in violations are the request parameter
 * names of the public API; every rule is checked before anything is asked of the index.
 *
 * @param text free text, stripped; empty lists everything
 * @param filters chosen facet values
 * @param sort the order; {@link SortOrder#RELEVANCE} without text falls back to newest first
 * @param after where deep paging continues, or null to use {@code page}
 */
public record PracticeSearch(String text, Filters filters, SortOrder sort, int page, int size, PageToken after,
                             Viewer viewer) {

    static final int MAX_TEXT_LENGTH = 1000;
    static final int MAX_VALUE_LENGTH = 100;
    static final int MAX_VALUES = 20;
    static final int MAX_PAGE_SIZE = 50;
    /** OpenSearch's default {@code index.max_result_window}: deeper pages use {@code after}. */
    static final int MAX_RESULT_WINDOW = 10_000;

    /**
     * The facet values chosen: OR within one facet, AND across facets. Empty lists mean "any".
     *
     * @param recommended years in which the practices were recommended for mass replication
     */
    public record Filters(List<String> regions, List<String> districts, List<String> directions, List<Integer> years,
                          List<BudgetBand> budgets, List<String> statuses, Boolean replicated,
                          List<Integer> recommended) {

        public static final Filters NONE = new Filters(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of());

        public Filters {
            regions = List.copyOf(regions);
            districts = List.copyOf(districts);
            directions = List.copyOf(directions);
            years = List.copyOf(years);
            budgets = List.copyOf(budgets);
            statuses = List.copyOf(statuses);
            recommended = List.copyOf(recommended);
        }
    }

    /** The raw request parameters, as the API receives them. */
    public record Request(String q, List<String> region, List<String> district, List<String> direction,
                          List<Integer> year, List<String> budget, List<String> status, Boolean replicated,
                          List<Integer> recommended, String sort, int page, int size, String after) {

        /** A request without the recommendation filter. */
        public Request(String q, List<String> region, List<String> district, List<String> direction,
                       List<Integer> year, List<String> budget, List<String> status, Boolean replicated,
                       String sort, int page, int size, String after) {
            this(q, region, district, direction, year, budget, status, replicated, null, sort, page, size, after);
        }
    }

    /**
     * @throws InvalidSearch listing every broken rule
     * @throws StatusNotVisible when someone other than staff asks for a non-public status
     */
    public static PracticeSearch of(Request request, Viewer viewer) {
        var violations = new ArrayList<FieldViolation>();
        String text = request.q() == null ? "" : request.q().strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            violations.add(new FieldViolation("q", "Size", MAX_TEXT_LENGTH));
        }
        var regions = values(Facet.REGION.key(), request.region(), violations);
        var districts = values(Facet.DISTRICT.key(), request.district(), violations);
        var directions = values(Facet.DIRECTION.key(), request.direction(), violations);
        var years = years(Facet.YEAR.key(), request.year(), violations);
        var recommended = years(Facet.RECOMMENDED.key(), request.recommended(), violations);
        var budgets = oneOf(Facet.BUDGET.key(), values(Facet.BUDGET.key(), request.budget(), violations),
                code -> BudgetBand.ofCode(code).orElse(null), violations);
        var statuses = oneOf(Facet.STATUS.key(), values(Facet.STATUS.key(), request.status(), violations),
                code -> Viewer.STATUSES.contains(code) ? code : null, violations);
        SortOrder sort = null;
        if (request.sort() != null && !request.sort().isBlank()) {
            sort = SortOrder.ofCode(request.sort().strip()).orElse(null);
            if (sort == null) {
                violations.add(new FieldViolation("sort", "OneOf", 0));
            }
        }
        int page = request.page();
        int size = request.size();
        if (page < 0) {
            violations.add(new FieldViolation("page", "Min", 0));
        }
        if (size < 1) {
            violations.add(new FieldViolation("size", "Min", 1));
        } else if (size > MAX_PAGE_SIZE) {
            violations.add(new FieldViolation("size", "Max", MAX_PAGE_SIZE));
        } else if (page >= 0 && ((long) page + 1) * size > MAX_RESULT_WINDOW) {
            violations.add(new FieldViolation("page", "MaxResultWindow", MAX_RESULT_WINDOW));
        }
        PageToken after = null;
        if (request.after() != null && !request.after().isBlank()) {
            after = PageToken.decode(request.after().strip()).orElse(null);
            if (after == null) {
                violations.add(new FieldViolation("after", "Cursor", 0));
            } else if (page != 0) {
                violations.add(new FieldViolation("page", "AfterWithPage", 0));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidSearch(violations);
        }
        statuses.stream().filter(status -> !viewer.maySee(status)).findFirst()
                .ifPresent(status -> {
                    throw new StatusNotVisible(status);
                });
        if (sort == null) {
            sort = text.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
        }
        var filters = new Filters(regions, districts, directions, years, budgets, statuses, request.replicated(),
                recommended);
        return new PracticeSearch(text, filters, sort, page, size, after, viewer);
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    /** Relevance only means something with text to be relevant to. */
    SortOrder effectiveSort() {
        return sort == SortOrder.RELEVANCE && !hasText() ? SortOrder.NEWEST : sort;
    }

    /** How many hits come before this page. */
    long offset() {
        return after != null ? after.seen() : (long) page * size;
    }

    private static List<Integer> years(String field, List<Integer> raw, List<FieldViolation> violations) {
        var years = raw == null ? List.<Integer>of() : raw.stream().filter(Objects::nonNull).distinct().toList();
        if (years.size() > MAX_VALUES) {
            violations.add(new FieldViolation(field, "MaxValues", MAX_VALUES));
        }
        return years;
    }

    private static List<String> values(String field, List<String> raw, List<FieldViolation> violations) {
        if (raw == null) {
            return List.of();
        }
        var values = raw.stream().filter(value -> value != null && !value.isBlank()).map(String::strip)
                .distinct().toList();
        if (values.size() > MAX_VALUES) {
            violations.add(new FieldViolation(field, "MaxValues", MAX_VALUES));
        }
        if (values.stream().anyMatch(value -> value.length() > MAX_VALUE_LENGTH)) {
            violations.add(new FieldViolation(field, "Size", MAX_VALUE_LENGTH));
        }
        return values;
    }

    private static <T> List<T> oneOf(String field, List<String> codes, Function<String, T> parse,
                                     List<FieldViolation> violations) {
        var parsed = new ArrayList<T>();
        for (String code : codes) {
            T value = parse.apply(code);
            if (value == null) {
                violations.add(new FieldViolation(field, "OneOf", 0));
                return List.of();
            }
            parsed.add(value);
        }
        return parsed;
    }
}
