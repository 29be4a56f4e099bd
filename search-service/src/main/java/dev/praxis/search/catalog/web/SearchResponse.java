package dev.praxis.search.catalog.web;

import java.time.Instant;
import java.util.List;

/** Body of {@code GET /api/v1/practices/search}, as in docs/contracts.md. */
record SearchResponse(long total, int page, int size, List<Hit> hits) {

    record Hit(String id, String title, String snippet, String regionCode, String regionName,
               String directionCode, String directionName, Instant publishedAt) {
    }
}
