package dev.praxis.registry.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The servlet container's error page ({@code /error}) for what never reached a controller or escaped
 * one: an error a filter sent or threw. Replaces Boot's default JSON with problem details, whatever the
 * request accepts, and never shows a server error's message (it may describe internals).
 */
@RestController
class ErrorPageController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var status = status(request);
        var message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String text ? text : null;
        var detail = status.is4xxClientError() && StringUtils.hasText(message) ? message
                : status.is5xxServerError() ? "The request could not be completed; try again later"
                : status.getReasonPhrase();
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemDetailsAdvice.typeOf(status));
        problem.setTitle(status.getReasonPhrase());
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer value ? value : 500;
        var status = HttpStatus.resolve(code);
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
