package dev.praxis.search.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.opensearch.client.opensearch._types.FieldValue;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Where deep paging continues: the sort values of the last hit handed out (OpenSearch's
 * {@code search_after}) and how many hits were handed out before it. Opaque to clients:
 * base64url of a small JSON array.
 */
public record PageToken(List<Object> sortValues, long seen) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public PageToken {
        // The client hands out the engine's sort values wrapped in FieldValue: keep the plain values.
        sortValues = List.copyOf(sortValues.stream().map(v -> v instanceof FieldValue f ? f._get() : v).toList());
    }

    public String encode() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        array.add(seen);
        var values = array.addArray();
        for (Object value : sortValues) {
            switch (value) {
                case Long l -> values.add(l);
                case Integer i -> values.add(i);
                case Double d -> values.add(d);
                case Float f -> values.add(f);
                case Number n -> values.add(n.doubleValue());
                default -> values.add(String.valueOf(value));
            }
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsString(array).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<PageToken> decode(String token) {
        try {
            JsonNode array = JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
            if (!array.isArray() || array.size() != 2 || !array.get(0).isIntegralNumber() || !array.get(1).isArray()
                    || array.get(0).asLong() < 0 || array.get(1).isEmpty() || array.get(1).size() > 5) {
                return Optional.empty();
            }
            var values = new ArrayList<Object>();
            for (JsonNode value : array.get(1)) {
                if (value.isIntegralNumber()) {
                    values.add(value.asLong());
                } else if (value.isNumber()) {
                    values.add(value.asDouble());
                } else if (value.isString()) {
                    values.add(value.asString());
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new PageToken(values, array.get(0).asLong()));
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }
}
