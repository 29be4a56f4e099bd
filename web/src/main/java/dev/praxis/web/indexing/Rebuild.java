package dev.praxis.web.indexing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** A rebuild of the search index from the registry, as search-service reports it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Rebuild(String id, String state, String targetIndex, String previousIndex, Long total, Long indexed,
        OffsetDateTime startedAt, OffsetDateTime finishedAt, String error) {

    public boolean isRunning() {
        return "RUNNING".equals(state);
    }

    /** Progress bars need a maximum; before the total is known, there is none (an indeterminate bar). */
    public boolean hasTotal() {
        return total != null && total > 0;
    }

    public long indexedSoFar() {
        return indexed == null ? 0 : indexed;
    }
}
