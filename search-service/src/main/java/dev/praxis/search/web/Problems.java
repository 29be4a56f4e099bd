package dev.praxis.search.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/** The problem types of docs/contracts.md. */
final class Problems {

    static final URI VALIDATION = URI.create("https://praxis.dev/problems/validation");
    static final URI UNAUTHORIZED = URI.create("https://praxis.dev/problems/unauthorized");
    static final URI FORBIDDEN = URI.create("https://praxis.dev/problems/forbidden");
    static final URI NOT_FOUND = URI.create("https://praxis.dev/problems/not-found");
    static final URI RULE_VIOLATED = URI.create("https://praxis.dev/problems/rule-violated");
    static final URI UNAVAILABLE = URI.create("https://praxis.dev/problems/unavailable");
    /** Refused before any parameter was read: a path or header no well-behaved client sends. */
    static final URI MALFORMED_REQUEST = URI.create("https://praxis.dev/problems/malformed-request");
    static final URI INTERNAL = URI.create("https://praxis.dev/problems/internal");

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

    /**
     * A failure known only by its status, as Tomcat, the firewall or the error page know it: the
     * status's own type and title, and a detail in the caller's language
     * ({@code problem.http.<status>}, else {@code problem.http}).
     */
    static ProblemDetail ofStatus(int status, MessageSource messages, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status);
        var problem = ProblemDetail.forStatus(HttpStatusCode.valueOf(status));
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setDetail(messages.getMessage("problem.http." + status, null,
                messages.getMessage("problem.http", null, locale), locale));
        URI type = switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : null;
        };
        if (type != null) {
            problem.setType(type);
        }
        return problem;
    }

    /** Writes a problem where no message converter is at hand (filters, Tomcat's valve). */
    static void write(OutputStream out, JsonMapper json, ProblemDetail problem) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        json.writeValue(out, body);
    }
}
