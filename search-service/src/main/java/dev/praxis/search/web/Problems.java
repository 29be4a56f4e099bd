package dev.praxis.search.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problem types of docs/contracts.md. */
final class Problems {

    static final URI VALIDATION = URI.create("https://praxis.dev/problems/validation");
    static final URI UNAUTHORIZED = URI.create("https://praxis.dev/problems/unauthorized");
    static final URI FORBIDDEN = URI.create("https://praxis.dev/problems/forbidden");
    static final URI RULE_VIOLATED = URI.create("https://praxis.dev/problems/rule-violated");
    static final URI UNAVAILABLE = URI.create("https://praxis.dev/problems/unavailable");

    /**
     * What a 503 tells the caller to wait, in seconds: a node that restarts or catches up is back
     * in seconds, and a shorter wait would only add to the load of one that is overwhelmed.
     */
    static final String RETRY_AFTER_SECONDS = "5";

    private Problems() {
    }

    /** A temporary outage: 503 with {@code Retry-After}. */
    static ResponseEntity<ProblemDetail> unavailable(String detail) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Service unavailable", detail));
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
