package dev.praxis.registry.practice;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of a practice card that span more than one value or need more than a bound. They are
 * written once, here: {@link PracticeDraft} enforces them, and the API's request record reports
 * each broken one under its field before a draft is ever built (rule names in {@link Rule}).
 */
public final class DraftRules {

    public static final String DEFAULT_CURRENCY = "RUB";
    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    private DraftRules() {
    }

    /** The rule names the API reports; the web maps each to a message in the user's language. */
    public enum Rule {
        /** A currency must be an ISO 4217 code. */
        IsoCurrency,
        /** Funding shares are given for every source or for none, and then sum to 100. */
        SharesTotal100,
        /** A kind of funding source is listed once. */
        DistinctKinds,
        /** A start date falls in the start year, an end in the end year; the end is not before the start. */
        ConsistentPeriod,
        /** An evidence link is an absolute http(s) URL. */
        WebLink,
        /** Reach is a number of people: zero or more. */
        Min
    }

    /** A broken rule: the field (a path such as {@code steps[0].title}), the rule and an English message. */
    public record Violation(String field, Rule rule, String message) {
    }

    /** An ISO 4217 code known to the JDK, in any letter case; blank means the default, {@code RUB}. */
    public static boolean isCurrency(String code) {
        if (code == null || code.isBlank()) {
            return true;
        }
        try {
            Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    static String currencyOrDefault(String code) {
        return code == null || code.isBlank() ? DEFAULT_CURRENCY : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Shares given for all sources or none; when given they sum to exactly 100 %. */
    public static boolean sharesTotal100(Collection<BigDecimal> shares) {
        if (shares == null || shares.stream().allMatch(Objects::isNull)) {
            return true;
        }
        return shares.stream().noneMatch(Objects::isNull)
                && shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(WHOLE) == 0;
    }

    public static <T> boolean distinct(Collection<T> values) {
        return values == null || new HashSet<>(values).size() == values.size();
    }

    public static boolean isWebLink(String url) {
        if (url == null || url.isBlank()) {
            return true;
        }
        try {
            var uri = new URI(url.strip());
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    /**
     * The period: a start given as a year and/or a date, an optional end likewise. A date must fall
     * in the year given beside it; an end needs a start and is not before it (compared by date
     * when both are dates, else by year).
     */
    public static Optional<Violation> period(Integer startYear, LocalDate startDate, Integer endYear,
                                             LocalDate endDate) {
        if (startDate != null && startYear != null && startDate.getYear() != startYear) {
            return violation("startDate", "must fall in the start year " + startYear);
        }
        if (endDate != null && endYear != null && endDate.getYear() != endYear) {
            return violation("endDate", "must fall in the end year " + endYear);
        }
        var start = startYear != null ? startYear : startDate == null ? null : startDate.getYear();
        var end = endYear != null ? endYear : endDate == null ? null : endDate.getYear();
        var endField = endDate != null ? "endDate" : "endYear";
        if (end != null && start == null) {
            return violation("startYear", "must be given when the period has an end");
        }
        if (end == null) {
            return Optional.empty();
        }
        var before = startDate != null && endDate != null ? endDate.isBefore(startDate) : end < start;
        return before ? violation(endField, "must not be before the start") : Optional.empty();
    }

    /** Every broken rule among a draft's values, in the order of the card. */
    static List<Violation> check(String currency, List<FundingSource> sources, Integer startYear,
                                 LocalDate startDate, Integer endYear, LocalDate endDate, Integer reach,
                                 List<Effect> effects) {
        var broken = new ArrayList<Violation>();
        if (!isCurrency(currency)) {
            broken.add(new Violation("currency", Rule.IsoCurrency, "must be an ISO 4217 currency code"));
        }
        if (!distinct(sources.stream().map(FundingSource::kind).toList())) {
            broken.add(new Violation("fundingSources", Rule.DistinctKinds, "must list each kind of source once"));
        }
        if (!sharesTotal100(sources.stream().map(FundingSource::sharePercent).toList())) {
            broken.add(new Violation("fundingSources", Rule.SharesTotal100,
                    "shares must be given for every source and sum to 100"));
        }
        period(startYear, startDate, endYear, endDate).ifPresent(broken::add);
        if (reach != null && reach < 0) {
            broken.add(new Violation("reach", Rule.Min, "must be greater than or equal to 0"));
        }
        for (int i = 0; i < effects.size(); i++) {
            if (!isWebLink(effects.get(i).evidenceUrl())) {
                broken.add(new Violation("effects[%d].evidenceUrl".formatted(i), Rule.WebLink,
                        "must be an http(s) link"));
            }
        }
        return List.copyOf(broken);
    }

    private static Optional<Violation> violation(String field, String message) {
        return Optional.of(new Violation(field, Rule.ConsistentPeriod, message));
    }
}
