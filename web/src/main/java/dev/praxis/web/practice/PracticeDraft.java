package dev.praxis.web.practice;

import java.util.List;

/** The body of create and update requests (docs/contracts.md, {@code PracticeDraft}). */
record PracticeDraft(String title, String regionCode, String directionCode, String problem, String solution,
        String language, List<Step> steps) {

    record Step(String title, String description, String responsible, Integer durationDays) {
    }
}
