package dev.praxis.web.practice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** One status change of a practice: who moved it where, when and why. */
@JsonIgnoreProperties(ignoreUnknown = true)
record HistoryEntry(String fromStatus, String toStatus, String actor, OffsetDateTime at, String comment) {
}
