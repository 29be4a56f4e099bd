package dev.praxis.registry.practice.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of a coordinator's decisions. */
final class DecisionRequests {

    private DecisionRequests() {
    }

    record Approval(@Size(max = 4000) String comment) {
    }

    record Rejection(@NotBlank @Size(max = 4000) String comment) {
    }

    record Archival(@NotBlank @Size(max = 4000) String comment) {
    }
}
