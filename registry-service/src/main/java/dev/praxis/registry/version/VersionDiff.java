package dev.praxis.registry.version;

import java.util.List;

/** The diff of two versions of a practice ({@code current} for its present content), one entry per field. */
public record VersionDiff(VersionRef from, VersionRef to, List<ContentDiff.FieldChange> fields) {
}
