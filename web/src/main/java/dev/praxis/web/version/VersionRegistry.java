package dev.praxis.web.version;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The registry's versions of a practice, read on behalf of the user (anonymously for a visitor):
 * the registry answers 404 for a practice the user may not see.
 */
@Component
class VersionRegistry {

    private final RestClient registry;

    VersionRegistry(@Qualifier("registry") RestClient registry) {
        this.registry = registry;
    }

    /** Only what these pages show of the practice, so that they do not follow every change of its card. */
    PracticeTitle practice(UUID id) {
        return registry.get().uri("/api/v1/practices/{id}", id).retrieve().body(PracticeTitle.class);
    }

    List<Version> versions(UUID id) {
        return registry.get().uri("/api/v1/practices/{id}/versions", id).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    Snapshot snapshot(UUID id, int number) {
        return registry.get().uri("/api/v1/practices/{id}/versions/{number}", id, number).retrieve()
                .body(Snapshot.class);
    }

    Diff diff(UUID id, String from, String to) {
        return registry.get().uri("/api/v1/practices/{id}/versions/diff?from={from}&to={to}", id, from, to)
                .retrieve().body(Diff.class);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PracticeTitle(UUID id, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Version(int number, OffsetDateTime submittedAt, String submittedByName) {
    }

    /** The frozen content: field name to value (text, number, list of values, list of rows). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Snapshot(Version version, Map<String, Object> content) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Diff(Object from, Object to, List<FieldChange> fields) {

        Diff {
            fields = fields == null ? List.of() : fields;
        }

        public List<FieldChange> changed() {
            return fields.stream().filter(FieldChange::isChanged).toList();
        }
    }

    /** kind: text, value, list, rows or object; change: unchanged, changed, added or removed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldChange(String field, String kind, String change, Object before, Object after, List<Segment> segments,
            List<Row> rows, List<FieldChange> fields) {

        public boolean isChanged() {
            return !"unchanged".equals(change);
        }

        /** The rows worth showing: changed, added, removed or moved. */
        public List<Row> changedRows() {
            return rows == null ? List.of() : rows.stream().filter(Row::isChanged).toList();
        }

        public List<FieldChange> changedFields() {
            return fields == null ? List.of() : fields.stream().filter(FieldChange::isChanged).toList();
        }
    }

    /** op: equal, insert or delete. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Segment(String op, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(String change, Integer fromPosition, Integer toPosition, boolean moved, String label,
            List<FieldChange> fields, Object before, Object after) {

        public boolean isChanged() {
            return moved || !"unchanged".equals(change);
        }
    }
}
