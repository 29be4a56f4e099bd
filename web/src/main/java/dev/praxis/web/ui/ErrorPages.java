package dev.praxis.web.ui;

import dev.praxis.web.downstream.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What the user sees when a service says no or is not there. Forms handle 400 and 409 themselves;
 * whatever reaches this class becomes a sign-in redirect, a 403, 404 or 503 page, never a 500.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(ServiceException.class)
    ModelAndView serviceAnswered(ServiceException exception) {
        return switch (exception.status()) {
            // The service no longer accepts the session's token: sign in again.
            case 401 -> new ModelAndView("redirect:/oauth2/authorization/keycloak");
            case 403 -> page("error/403", HttpStatus.FORBIDDEN);
            case 404 -> page("error/404", HttpStatus.NOT_FOUND);
            case 409 -> page("error/409", HttpStatus.CONFLICT);
            default -> {
                if (exception.status() >= 500) {
                    log.warn("Service failed: {}", exception.getMessage());
                    yield page("error/503", HttpStatus.SERVICE_UNAVAILABLE);
                }
                yield page("error/400", HttpStatus.BAD_REQUEST);
            }
        };
    }

    @ExceptionHandler(ResourceAccessException.class)
    ModelAndView serviceUnreachable(ResourceAccessException exception) {
        log.warn("Service unreachable: {}", exception.getMessage());
        return page("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** An id that is not a UUID names no practice. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformedId() {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    /**
     * An address no page answers (a typo, an old link, {@code /favicon.png}): the 404 page here,
     * not the servlet container's error dispatch, so it reads the same to everyone.
     */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ModelAndView noSuchPage() {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    private static ModelAndView page(String view, HttpStatus status) {
        var page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
