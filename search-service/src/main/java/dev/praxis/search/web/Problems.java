package dev.praxis.search.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem types of docs/contracts.md. */
final class Problems {

    static final URI VALIDATION = URI.create("https://praxis.dev/problems/validation");
    static final URI UNAUTHORIZED = URI.create("https://praxis.dev/problems/unauthorized");
    static final URI FORBIDDEN = URI.create("https://praxis.dev/problems/forbidden");
    static final URI RULE_VIOLATED = URI.create("https://praxis.dev/problems/rule-violated");
    static final URI UNAVAILABLE = URI.create("https://praxis.dev/problems/unavailable");

    private Problems() {
    }

    static ProblemDetail validation(String detail, List<Map<String, String>> errors) {
        var problem = of(HttpStatus.BAD_REQUEST, VALIDATION, "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
