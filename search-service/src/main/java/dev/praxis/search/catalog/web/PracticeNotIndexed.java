package dev.praxis.search.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.UUID;

/** No published practice with this id is in the index. */
class PracticeNotIndexed extends ErrorResponseException {

    PracticeNotIndexed(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No published practice " + id);
        problem.setType(URI.create("https://praxis.dev/problems/not-found"));
        problem.setTitle("Not found");
        return problem;
    }
}
