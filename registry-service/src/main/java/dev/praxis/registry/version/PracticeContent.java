package dev.praxis.registry.version;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.praxis.registry.practice.Practice;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A practice's content as JSON: every property the practice exposes with a getter, except its
 * lifecycle and bookkeeping. The list below names what is NOT content, so that a field added to
 * the practice card appears in versions and diffs without a change here.
 */
@Component
class PracticeContent {

    /** Lifecycle, bookkeeping and identity: who may do what and when, never what the practice says. */
    @JsonIgnoreProperties({"id", "status", "version", "createdAt", "updatedAt", "submittedAt", "approvedAt",
            "archivedAt", "recommendedYear", "replicationCount", "authorUsername", "authorName", "new", "published",
            "domainEvents"})
    private abstract static class ContentOnly {
    }

    private final JsonMapper json;

    PracticeContent(JsonMapper json) {
        this.json = json.rebuild()
                .addMixIn(Practice.class, ContentOnly.class)
                // The card's own order (title, summary, …, steps, effects) rather than the alphabet's.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }

    /** The content as stored in a version. */
    String of(Practice practice) {
        return json.writeValueAsString(practice);
    }

    /**
     * The content as read back from a version; the practice's present content goes through the same
     * text so that both sides of a diff hold numbers the same way.
     */
    JsonNode read(String content) {
        return json.readTree(content);
    }

    JsonNode tree(Practice practice) {
        return read(of(practice));
    }

    /**
     * {@code node} with its properties in {@code template}'s order, at every depth (rows of a list
     * follow the template list's first row). PostgreSQL's jsonb keeps keys in its own order, so a
     * stored version is put back into the card's order before it is shown or compared.
     */
    static JsonNode orderedLike(JsonNode template, JsonNode node) {
        if (node == null || template == null) {
            return node;
        }
        if (node.isObject() && template.isObject()) {
            ObjectNode ordered = JsonNodeFactory.instance.objectNode();
            for (var name : template.propertyNames()) {
                if (node.has(name)) {
                    ordered.set(name, orderedLike(template.get(name), node.get(name)));
                }
            }
            for (var property : node.properties()) {
                if (!ordered.has(property.getKey())) {
                    ordered.set(property.getKey(), property.getValue());
                }
            }
            return ordered;
        }
        if (node.isArray() && template.isArray() && !template.isEmpty()) {
            var rowTemplate = template.get(0);
            var ordered = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(row -> ordered.add(orderedLike(rowTemplate, row)));
            return ordered;
        }
        return node;
    }
}
