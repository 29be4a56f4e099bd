package dev.praxis.search.catalog.web;

import java.time.Instant;
import java.util.List;

/** A published practice as the index holds it. */
record PracticeCard(String id, String title, String regionCode, String regionName, String federalDistrict,
                    String directionCode, String directionName, String problem, String solution,
                    List<Step> steps, String authorName, Instant publishedAt, String language) {

    record Step(Integer position, String title, String description) {
    }
}
