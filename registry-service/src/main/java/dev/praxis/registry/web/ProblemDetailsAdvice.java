package dev.praxis.registry.web;

import dev.praxis.registry.attachment.FileRefused;
import dev.praxis.registry.attachment.StoreUnavailable;
import dev.praxis.registry.common.AccessRefused;
import dev.praxis.registry.common.InvalidInput;
import dev.praxis.registry.common.NotFound;
import dev.praxis.registry.common.RuleViolated;
import dev.praxis.registry.common.web.ControlCharacters;
import dev.praxis.registry.outbox.MalformedCursor;
import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.PracticeChangedMeanwhile;
import dev.praxis.registry.practice.ReasonRequired;
import dev.praxis.registry.practice.RecommendationYearOutOfRange;
import dev.praxis.registry.practice.TransitionNotAllowed;
import dev.praxis.registry.practice.web.IfMatch;
import dev.praxis.registry.review.ConflictOfInterestFound;
import dev.praxis.registry.review.InvitationAction;
import dev.praxis.registry.review.InvitationTransitionNotAllowed;
import dev.praxis.registry.review.ReviewChangedMeanwhile;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every error as RFC 9457 problem details (docs/contracts.md, "Errors"): bad input is a 400
 * naming the field and the rule, never a 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final String PROBLEMS = "https://praxis.dev/problems/";

    @ExceptionHandler
    ProblemDetail transitionNotAllowed(TransitionNotAllowed e) {
        var problem = problem(HttpStatus.CONFLICT, "illegal-transition", "Illegal transition", e.getMessage());
        problem.setProperty("currentStatus", e.currentStatus().name());
        problem.setProperty("action", e.action().apiName());
        problem.setProperty("allowedActions", e.allowedActions().stream().map(PracticeAction::apiName).toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail reasonRequired(ReasonRequired e) {
        return invalid(List.of(new FieldProblem("comment", "Required", e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail recommendationYear(RecommendationYearOutOfRange e) {
        return invalid(List.of(new FieldProblem("year", "Range", e.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> changedMeanwhile(PracticeChangedMeanwhile e) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "changed-meanwhile", "Changed meanwhile", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(IfMatch.etag(e.currentVersion())).body(problem);
    }

    @ExceptionHandler
    ProblemDetail ifMatchMissing(IfMatch.Missing e) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "Precondition required", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail ifMatchMalformed(IfMatch.Malformed e) {
        return invalid(List.of(new FieldProblem("If-Match", "ETag", e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail invitationTransitionNotAllowed(InvitationTransitionNotAllowed e) {
        var problem = problem(HttpStatus.CONFLICT, "illegal-transition", "Illegal transition", e.getMessage());
        problem.setProperty("currentStatus", e.currentStatus().name());
        problem.setProperty("action", e.action().apiName());
        problem.setProperty("allowedActions", e.allowedActions().stream().map(InvitationAction::apiName).toList());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> reviewChangedMeanwhile(ReviewChangedMeanwhile e) {
        var problem = problem(HttpStatus.PRECONDITION_FAILED, "changed-meanwhile", "Changed meanwhile", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(IfMatch.etag(e.currentVersion())).body(problem);
    }

    /** A rule violation like any other, with the reasons the conflict-of-interest policy gave. */
    @ExceptionHandler
    ProblemDetail conflictOfInterest(ConflictOfInterestFound e) {
        var problem = ruleViolated(e);
        problem.setProperty("conflicts", e.conflicts());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolated e) {
        var problem = problem(HttpStatus.CONFLICT, "rule-violated", "Business rule violated", e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInput e) {
        return invalid(List.of(new FieldProblem(e.field(), e.rule(), e.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail accessRefused(AccessRefused e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail malformedCursor(MalformedCursor e) {
        return invalid(List.of(new FieldProblem("after", "Cursor", e.getMessage())));
    }

    /**
     * Spring MVC's own problems (no such resource 404, 405, 406, 415 and the like) come with
     * no type ({@code about:blank}); they get a type of ours like every other answer.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || URI.create("about:blank").equals(problem.getType()))) {
            problem.setType(typeOf(status));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /** {@code https://praxis.dev/problems/not-found} for 404, {@code .../method-not-allowed} for 405 and so on. */
    static URI typeOf(HttpStatusCode status) {
        var known = HttpStatus.resolve(status.value());
        var slug = known == null ? "http-" + status.value()
                : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return URI.create(PROBLEMS + slug);
    }

    /** Tomcat could not decode the query or form parameters (a broken {@code %} escape such as {@code %zz}). */
    @ExceptionHandler
    ProblemDetail parametersNotDecodable(InvalidParameterException e) {
        return invalid(List.of(new FieldProblem(null, "MalformedParameters",
                "The request's parameters are not validly URL-encoded (a broken % escape)")));
    }

    /** A file refused for its type or size: nothing of it was stored. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> fileRefused(FileRefused e) {
        var status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).body(invalid(status, List.of(new FieldProblem(e.field(), e.rule(), e.getMessage()))));
    }

    @ExceptionHandler
    ProblemDetail storeUnavailable(StoreUnavailable e) {
        logger.warn(e.getMessage(), e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                e.getMessage() + "; try again later");
    }

    /** The servlet container stopped reading a file larger than {@code spring.servlet.multipart.max-file-size}. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var limit = e.getMaxUploadSize() > 0 ? "must be at most %d MB".formatted(e.getMaxUploadSize() / (1024 * 1024))
                : "is too large";
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(invalid(HttpStatus.CONTENT_TOO_LARGE, List.of(new FieldProblem("file", "MaxFileSize", limit))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalid(List.of(new FieldProblem(e.getRequestPartName(), "Required", "must be present"))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getBindingResult().getAllErrors().stream().map(ProblemDetailsAdvice::toFieldProblem).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldProblem>();
        for (var result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                bean.getAllErrors().forEach(error -> errors.add(toFieldProblem(error)));
            } else {
                var parameter = result.getMethodParameter().getParameterName();
                result.getResolvableErrors().forEach(error ->
                        errors.add(new FieldProblem(parameter, rule(error), error.getDefaultMessage())));
            }
        }
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        return ResponseEntity.badRequest()
                .body(invalid(List.of(new FieldProblem(field, "TypeMismatch", expected(e.getRequiredType())))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalid(List.of(new FieldProblem(e.getParameterName(), "Required", "must be present"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(unreadable(e))));
    }

    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        var cause = jacksonCause(e);
        if (cause instanceof StrictJsonInput.ControlCharacterInText refused) {
            return new FieldProblem(path(refused), ControlCharacters.RULE, refused.getOriginalMessage());
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return new FieldProblem(path(mismatch), "TypeMismatch", expected(mismatch.getTargetType()));
        }
        if (cause instanceof StreamReadException malformed) {
            var location = malformed.getLocation();
            return new FieldProblem(null, "MalformedJson", location == null
                    ? "The request body is not valid JSON"
                    : "The request body is not valid JSON (line %d, column %d)"
                            .formatted(location.getLineNr(), location.getColumnNr()));
        }
        if (cause != null && !cause.getPath().isEmpty()) {
            return new FieldProblem(path(cause), "Readable", "has a value that cannot be read");
        }
        return new FieldProblem(null, "Readable", "The request body is missing or cannot be read as JSON");
    }

    /** The outermost Jackson exception: it carries the path, while the root cause (e.g. a date parser's) does not. */
    private static JacksonException jacksonCause(Throwable e) {
        for (var cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** The JSON path of the offending value in the form bean validation uses: {@code steps[0].durationDays}. */
    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == LocalDate.class) {
            return "must be an ISO date (yyyy-MM-dd)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static FieldProblem toFieldProblem(MessageSourceResolvable error) {
        var field = error instanceof FieldError fieldError ? fieldError.getField() : null;
        return new FieldProblem(field, rule(error), error.getDefaultMessage());
    }

    /** The constraint's simple name, e.g. {@code NotBlank}: the least specific message code. */
    private static String rule(MessageSourceResolvable error) {
        var codes = error.getCodes();
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }

    private static ProblemDetail invalid(List<FieldProblem> errors) {
        return invalid(HttpStatus.BAD_REQUEST, errors);
    }

    private static ProblemDetail invalid(HttpStatus status, List<FieldProblem> errors) {
        var detail = errors.size() == 1
                ? describe(errors.getFirst())
                : "%d fields are invalid".formatted(errors.size());
        var problem = problem(status, "validation", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String describe(FieldProblem error) {
        return error.field() == null ? error.message() : error.field() + " " + error.message();
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEMS + type));
        problem.setTitle(title);
        return problem;
    }
}
