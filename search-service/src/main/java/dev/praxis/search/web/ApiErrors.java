package dev.praxis.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.praxis.search.catalog.FieldViolation;
import dev.praxis.search.catalog.InvalidSearch;
import dev.praxis.search.catalog.StatusNotVisible;
import dev.praxis.search.indexing.RebuildAlreadyRunning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Translates failures into RFC 9457 problems; bad input is always a 400 naming the parameter. */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalidSearch(InvalidSearch e, Locale locale) {
        return Problems.validation(messages.getMessage("problem.validation", null, locale),
                e.violations().stream().map(v -> error(v, locale)).toList());
    }

    @ExceptionHandler
    ProblemDetail statusNotVisible(StatusNotVisible e, Locale locale) {
        return Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                messages.getMessage("problem.status-not-visible", null, locale));
    }

    @ExceptionHandler
    ProblemDetail rebuildRunning(RebuildAlreadyRunning e, Locale locale) {
        var problem = Problems.of(HttpStatus.CONFLICT, Problems.RULE_VIOLATED, "Rule violated",
                messages.getMessage("problem.rebuild-running", null, locale));
        problem.setProperty("rule", "rebuild-running");
        return problem;
    }

    /**
     * OpenSearch unreachable, refusing connections or not answering within
     * {@code opensearch.socket-timeout}: Spring Data translates every I/O failure of the client
     * (a {@link java.net.SocketTimeoutException} included) into this one exception.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> searchUnavailable(DataAccessResourceFailureException e, Locale locale) {
        log.warn("OpenSearch unavailable: {}", e.getMostSpecificCause().toString());
        return Problems.unavailable(messages.getMessage("problem.unavailable", null, locale));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        Locale locale = request.getLocale();
        // A path id that is not a UUID says what it should be; any other value, that its format is wrong.
        String message = e.getRequiredType() == UUID.class ? "validation.TypeMismatch.UUID" : "validation.TypeMismatch";
        var violation = Map.of(
                "field", String.valueOf(e.getPropertyName()),
                "rule", "TypeMismatch",
                "message", messages.getMessage(message, null, locale));
        var problem = Problems.validation(messages.getMessage("problem.validation", null, locale), List.of(violation));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private Map<String, String> error(FieldViolation violation, Locale locale) {
        return Map.of(
                "field", violation.field(),
                "rule", violation.rule(),
                "message", messages.getMessage("validation." + violation.rule(), new Object[] {String.valueOf(violation.limit())}, locale));
    }
}
