package dev.praxis.registry.version;

import tools.jackson.databind.JsonNode;

/** A version and the practice's content as it was submitted. */
public record VersionSnapshot(PracticeVersion version, JsonNode content) {
}
