package dev.praxis.web.version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A frozen version drawn read-only, generically: each field is text (a value), a list of values,
 * or a list of rows, each row its own fields. A row's {@code key} is its identity, not content.
 */
record ContentView(List<Field> fields) {

    record Field(String name, String text, List<String> items, List<List<Field>> rows) {
    }

    static ContentView of(Map<String, Object> content) {
        return new ContentView(fields(content));
    }

    private static List<Field> fields(Map<?, ?> content) {
        var fields = new ArrayList<Field>();
        content.forEach((name, value) -> {
            if (value == null || "key".equals(name)) {
                return;
            }
            if (value instanceof List<?> list) {
                if (list.stream().anyMatch(Map.class::isInstance)) {
                    fields.add(new Field(name.toString(), null, null,
                            list.stream().map(row -> row instanceof Map<?, ?> map ? fields(map) : List.<Field>of()).toList()));
                } else {
                    fields.add(new Field(name.toString(), null, list.stream().map(String::valueOf).toList(), null));
                }
            } else if (value instanceof Map<?, ?> map) {
                fields.add(new Field(name.toString(), null, null, List.of(fields(map))));
            } else {
                fields.add(new Field(name.toString(), String.valueOf(value), null, null));
            }
        });
        return fields;
    }
}
