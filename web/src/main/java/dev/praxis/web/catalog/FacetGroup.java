package dev.praxis.web.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One facet as the page shows it: a group of checkboxes with readable labels and counts. A value
 * the visitor chose stays listed even when no hit has it any more, so it can be unticked. Values
 * come in the service's order, except where a facet has an order of its own (years, newest first).
 */
record FacetGroup(String name, List<Option> options) {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern YEAR = Pattern.compile("-?\\d{1,9}");
    /** The newest year on top, whether the service counted or sorted them; anything not a year last. */
    private static final Comparator<Option> NEWEST_YEAR_FIRST = Comparator.comparing(
            (Option option) -> YEAR.matcher(option.value()).matches() ? Integer.valueOf(option.value()) : null,
            Comparator.nullsLast(Comparator.reverseOrder()));
    private static final Map<String, Comparator<Option>> OWN_ORDER = Map.of("year", NEWEST_YEAR_FIRST);

    static FacetGroup of(String name, List<SearchResult.Count> counts, List<String> chosen,
            Function<String, String> label) {
        List<Option> options = new ArrayList<>();
        for (SearchResult.Count count : counts) {
            if (count.value() != null) {
                options.add(option(name, count.value(), count.count(), chosen, label));
            }
        }
        for (String value : chosen) {
            if (options.stream().noneMatch(option -> option.value().equals(value))) {
                options.add(option(name, value, 0, chosen, label));
            }
        }
        if (OWN_ORDER.containsKey(name)) {
            options.sort(OWN_ORDER.get(name));
        }
        return new FacetGroup(name, List.copyOf(options));
    }

    public String id() {
        return "facet-" + name;
    }

    public String legendKey() {
        return "catalog.facet." + name;
    }

    public boolean isEmpty() {
        return options.isEmpty();
    }

    private static Option option(String name, String value, long count, List<String> chosen,
            Function<String, String> label) {
        // Ids stay the same across searches, so htmx can give focus back to the box just ticked.
        String id = "facet-" + name + "-" + (SAFE_ID.matcher(value).matches() ? value
                : Integer.toHexString(value.hashCode()));
        return new Option(id, value, label.apply(value), count, chosen.contains(value));
    }

    record Option(String id, String value, String label, long count, boolean checked) {
    }
}
