package dev.praxis.registry.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Expectations for RFC 9457 problem details as docs/contracts.md defines them. */
public final class Problems {

    private static final String TYPES = "https://praxis.dev/problems/";

    private Problems() {
    }

    /** A 400 whose {@code errors} name {@code field} and {@code rule}. */
    public static ResultMatcher invalid(String field, String rule) {
        return all(
                problem(400, "validation"),
                jsonPath("$.title").value("Invalid request"),
                jsonPath("$.errors[?(@.field == '%s' && @.rule == '%s')]".formatted(field, rule)).exists(),
                jsonPath("$.errors[?(@.field == '%s')].message".formatted(field)).isNotEmpty());
    }

    /** A 400 about the body as a whole, for which no field can be named. */
    public static ResultMatcher unreadable(String rule) {
        return all(
                problem(400, "validation"),
                jsonPath("$.errors[?(@.rule == '%s')]".formatted(rule)).exists());
    }

    public static ResultMatcher illegalTransition(String currentStatus, String action) {
        return all(
                problem(409, "illegal-transition"),
                jsonPath("$.currentStatus").value(currentStatus),
                jsonPath("$.action").value(action));
    }

    public static ResultMatcher ruleViolated(String rule) {
        return all(problem(409, "rule-violated"), jsonPath("$.rule").value(rule));
    }

    public static ResultMatcher notFound() {
        return problem(404, "not-found");
    }

    public static ResultMatcher unauthorized() {
        return problem(401, "unauthorized");
    }

    public static ResultMatcher forbidden() {
        return problem(403, "forbidden");
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (var matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    public static ResultMatcher problem(int status, String type) {
        return all(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.type").value(TYPES + type),
                jsonPath("$.status").value(status),
                jsonPath("$.detail").isNotEmpty());
    }
}
