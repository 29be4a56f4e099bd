package dev.praxis.search.indexing.web;

import dev.praxis.search.indexing.IndexRebuild;
import dev.praxis.search.indexing.IndexRebuilds;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin-only (see SecurityConfiguration): start a zero-downtime rebuild and watch its progress. */
@RestController
@RequestMapping("/api/v1/admin/index-rebuilds")
class IndexRebuildController {

    private final IndexRebuilds rebuilds;

    IndexRebuildController(IndexRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    IndexRebuild start() {
        return rebuilds.start();
    }

    @GetMapping("/latest")
    IndexRebuild latest() {
        return rebuilds.latest().orElseThrow(NoRebuildYet::new);
    }

    /** Nothing to show: no rebuild since this instance started. */
    static class NoRebuildYet extends ErrorResponseException {

        NoRebuildYet() {
            super(HttpStatus.NOT_FOUND, problem(), null);
        }

        private static ProblemDetail problem() {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "The index has not been rebuilt since this service started");
            problem.setType(java.net.URI.create("https://praxis.dev/problems/not-found"));
            problem.setTitle("Not found");
            return problem;
        }
    }
}
