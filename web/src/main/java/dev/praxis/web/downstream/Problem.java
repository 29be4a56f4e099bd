package dev.praxis.web.downstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The RFC 9457 body the services answer errors with (docs/contracts.md, "Errors"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, String detail, String rule, String currentStatus, String action,
        List<FieldProblem> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    static Problem empty() {
        return new Problem(null, null, null, null, null, null, List.of());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldProblem(String field, String rule, String message) {
    }
}
