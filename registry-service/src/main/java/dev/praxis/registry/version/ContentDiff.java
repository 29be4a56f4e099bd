package dev.praxis.registry.version;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.difflib.DiffUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field-by-field diff of two JSON contents, knowing nothing of practices: every property is
 * compared by its JSON shape, so a field added to the card is diffed without a change here.
 * <ul>
 * <li>text: word by word ({@code java-diff-utils} over word, space and punctuation tokens), as
 *     segments to keep, insert or delete;</li>
 * <li>numbers and other scalars: before and after;</li>
 * <li>lists of objects (steps, effects…): rows matched by identity, not position — by their
 *     {@code key} when both rows have one, else by equal content, else by mostly equal content
 *     (at least half their fields), else by the same position; a matched row out of the order
 *     of the others is moved;</li>
 * <li>lists of scalars (tags): element by element, as segments;</li>
 * <li>objects: field by field.</li>
 * </ul>
 */
public final class ContentDiff {

    /** A row's identity once the practice card gives rows one. */
    static final String KEY = "key";

    private static final Pattern TOKENS = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|\\s+|[^\\p{L}\\p{N}\\s]");

    private ContentDiff() {
    }

    /** Every property of either content, in {@code before}'s order and then {@code after}'s new ones. */
    public static List<FieldChange> between(JsonNode before, JsonNode after) {
        var names = new LinkedHashSet<String>();
        if (before != null && before.isObject()) {
            names.addAll(before.propertyNames());
        }
        if (after != null && after.isObject()) {
            names.addAll(after.propertyNames());
        }
        var changes = new ArrayList<FieldChange>(names.size());
        for (var name : names) {
            changes.add(field(name, present(before, name), present(after, name)));
        }
        return changes;
    }

    public enum Change {
        UNCHANGED, CHANGED, ADDED, REMOVED;

        @JsonValue
        String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a field was compared, so that a client knows how to draw it. */
    public enum Kind {
        TEXT, VALUE, LIST, ROWS, OBJECT;

        @JsonValue
        String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Op {
        EQUAL, INSERT, DELETE;

        @JsonValue
        String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A run of text (or one list element) that both sides share, or that only the newer or the older has. */
    public record Segment(Op op, String text) {
    }

    /**
     * One field: {@code before} and {@code after} for text and scalars, {@code segments} for text and
     * lists of scalars, {@code rows} for lists of objects, {@code fields} for an object.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldChange(String field, Kind kind, Change change, JsonNode before, JsonNode after,
                              List<Segment> segments, List<RowChange> rows, List<FieldChange> fields) {
    }

    /**
     * One row of a list of objects. Positions count from 1 ({@code fromPosition} null for an added row,
     * {@code toPosition} for a removed one); {@code moved} when it changed places relative to the rows
     * around it; {@code fields} are the changed fields of a changed row; {@code label} is its first text
     * (a step's title) to name it; {@code before}/{@code after} the whole row when removed/added.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowChange(Change change, Integer fromPosition, Integer toPosition, boolean moved, String key,
                            String label, List<FieldChange> fields, JsonNode before, JsonNode after) {
    }

    private static FieldChange field(String name, JsonNode before, JsonNode after) {
        var kind = kindOf(before, after);
        var change = before == null ? (after == null ? Change.UNCHANGED : Change.ADDED)
                : after == null ? Change.REMOVED : null;
        return switch (kind) {
            case TEXT -> {
                var same = change == null && before.stringValue().equals(after.stringValue());
                var result = same ? Change.UNCHANGED : change == null ? Change.CHANGED : change;
                yield new FieldChange(name, kind, result, before, after,
                        same || result == Change.UNCHANGED ? null : words(text(before), text(after)), null, null);
            }
            case VALUE -> {
                var result = change != null ? change : same(before, after) ? Change.UNCHANGED : Change.CHANGED;
                yield new FieldChange(name, kind, result, before, after, null, null, null);
            }
            case LIST -> {
                var segments = elements(items(before), items(after));
                var result = change != null ? change
                        : segments.stream().allMatch(s -> s.op() == Op.EQUAL) ? Change.UNCHANGED : Change.CHANGED;
                yield new FieldChange(name, kind, result, before, after, segments, null, null);
            }
            case ROWS -> {
                var rows = rows(items(before), items(after));
                var result = change != null ? change
                        : rows.stream().allMatch(r -> r.change() == Change.UNCHANGED && !r.moved())
                        ? Change.UNCHANGED : Change.CHANGED;
                yield new FieldChange(name, kind, result, null, null, null, rows, null);
            }
            case OBJECT -> {
                var fields = between(before, after);
                var result = change != null ? change
                        : fields.stream().allMatch(f -> f.change() == Change.UNCHANGED) ? Change.UNCHANGED : Change.CHANGED;
                yield new FieldChange(name, kind, result, null, null, null, null, fields);
            }
        };
    }

    private static Kind kindOf(JsonNode before, JsonNode after) {
        var either = before != null ? before : after;
        if (either == null) {
            return Kind.VALUE;
        }
        var other = either == before ? after : before;
        if (either.isString() && (other == null || other.isString())) {
            return Kind.TEXT;
        }
        if (either.isArray() && (other == null || other.isArray())) {
            return hasObjects(before) || hasObjects(after) ? Kind.ROWS : Kind.LIST;
        }
        if (either.isObject() && (other == null || other.isObject())) {
            return Kind.OBJECT;
        }
        return Kind.VALUE;
    }

    // --- text ---

    /** Word-level segments of two texts; spaces between two changes join them, so a rewritten phrase reads as one. */
    static List<Segment> words(String before, String after) {
        var old = tokens(before);
        var neu = tokens(after);
        var raw = new ArrayList<Segment>();
        int at = 0;
        for (var delta : DiffUtils.diff(old, neu).getDeltas()) {
            var source = delta.getSource();
            if (source.getPosition() > at) {
                raw.add(new Segment(Op.EQUAL, String.join("", old.subList(at, source.getPosition()))));
            }
            if (!source.getLines().isEmpty()) {
                raw.add(new Segment(Op.DELETE, String.join("", source.getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                raw.add(new Segment(Op.INSERT, String.join("", delta.getTarget().getLines())));
            }
            at = source.getPosition() + source.size();
        }
        if (at < old.size()) {
            raw.add(new Segment(Op.EQUAL, String.join("", old.subList(at, old.size()))));
        }
        return joined(raw);
    }

    private static List<Segment> joined(List<Segment> raw) {
        var segments = new ArrayList<Segment>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            var segment = raw.get(i);
            boolean inChange = !deleted.isEmpty() || !inserted.isEmpty();
            boolean spaceBetweenChanges = segment.op() == Op.EQUAL && segment.text().isBlank() && inChange
                    && i + 1 < raw.size() && raw.get(i + 1).op() != Op.EQUAL;
            switch (segment.op()) {
                case DELETE -> deleted.append(segment.text());
                case INSERT -> inserted.append(segment.text());
                case EQUAL -> {
                    if (spaceBetweenChanges) {
                        deleted.append(segment.text());
                        inserted.append(segment.text());
                    } else {
                        flush(segments, deleted, inserted);
                        segments.add(segment);
                    }
                }
            }
        }
        flush(segments, deleted, inserted);
        return segments;
    }

    private static void flush(List<Segment> segments, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            segments.add(new Segment(Op.DELETE, deleted.toString()));
            deleted.setLength(0);
        }
        if (!inserted.isEmpty()) {
            segments.add(new Segment(Op.INSERT, inserted.toString()));
            inserted.setLength(0);
        }
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        var matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String text(JsonNode node) {
        return node == null ? "" : node.stringValue();
    }

    // --- lists of scalars ---

    private static List<Segment> elements(List<JsonNode> before, List<JsonNode> after) {
        var old = before.stream().map(ContentDiff::asText).toList();
        var neu = after.stream().map(ContentDiff::asText).toList();
        var segments = new ArrayList<Segment>();
        int at = 0;
        for (var delta : DiffUtils.diff(old, neu).getDeltas()) {
            var source = delta.getSource();
            old.subList(at, source.getPosition()).forEach(item -> segments.add(new Segment(Op.EQUAL, item)));
            source.getLines().forEach(item -> segments.add(new Segment(Op.DELETE, item)));
            delta.getTarget().getLines().forEach(item -> segments.add(new Segment(Op.INSERT, item)));
            at = source.getPosition() + source.size();
        }
        old.subList(at, old.size()).forEach(item -> segments.add(new Segment(Op.EQUAL, item)));
        return segments;
    }

    // --- lists of objects ---

    private static List<RowChange> rows(List<JsonNode> before, List<JsonNode> after) {
        int[] partnerOf = matchRows(before, after);
        var stayed = inOrder(partnerOf);
        var rows = new ArrayList<RowChange>();
        var sortKeys = new IdentityHashMap<RowChange, Integer>();
        boolean[] matchedNew = new boolean[after.size()];
        int previousNew = -1;
        for (int i = 0; i < before.size(); i++) {
            int j = partnerOf[i];
            RowChange row;
            if (j < 0) {
                var old = before.get(i);
                row = new RowChange(Change.REMOVED, i + 1, null, false, key(old), label(old), null, old, null);
                sortKeys.put(row, (previousNew + 1) * 2 + 1);
            } else {
                matchedNew[j] = true;
                previousNew = Math.max(previousNew, j);
                var changed = between(withoutKey(before.get(i)), withoutKey(after.get(j))).stream()
                        .filter(f -> f.change() != Change.UNCHANGED).toList();
                var now = after.get(j);
                row = changed.isEmpty()
                        ? new RowChange(Change.UNCHANGED, i + 1, j + 1, !stayed[i], key(now), label(now), null, null, null)
                        : new RowChange(Change.CHANGED, i + 1, j + 1, !stayed[i], key(now), label(now), changed, null, null);
                sortKeys.put(row, j * 2 + 2);
            }
            rows.add(row);
        }
        for (int j = 0; j < after.size(); j++) {
            if (!matchedNew[j]) {
                var added = after.get(j);
                var row = new RowChange(Change.ADDED, null, j + 1, false, key(added), label(added), null, null, added);
                sortKeys.put(row, j * 2 + 2);
                rows.add(row);
            }
        }
        // In the newer order, a removed row right after the row that preceded it.
        rows.sort(Comparator.comparingInt(sortKeys::get));
        return rows;
    }

    /** For each row before, the index of its row after, or -1 when it was removed. */
    private static int[] matchRows(List<JsonNode> before, List<JsonNode> after) {
        int[] partnerOf = new int[before.size()];
        Arrays.fill(partnerOf, -1);
        boolean[] taken = new boolean[after.size()];
        var byKey = new HashMap<String, Integer>();
        for (int j = 0; j < after.size(); j++) {
            var key = key(after.get(j));
            if (key != null) {
                byKey.putIfAbsent(key, j);
            }
        }
        for (int i = 0; i < before.size(); i++) {
            var key = key(before.get(i));
            Integer j = key == null ? null : byKey.get(key);
            if (j != null && !taken[j]) {
                pair(partnerOf, taken, i, j);
            }
        }
        // Rows without a key on both sides (versions frozen before rows had keys): equal content first.
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; partnerOf[i] < 0 && j < after.size(); j++) {
                if (!taken[j] && mayPair(before.get(i), after.get(j)) && same(before.get(i), after.get(j))) {
                    pair(partnerOf, taken, i, j);
                }
            }
        }
        // Then the row most like it, when at least half their fields are equal.
        for (int i = 0; i < before.size(); i++) {
            if (partnerOf[i] >= 0) {
                continue;
            }
            int best = -1;
            double bestSimilarity = 0.5;
            for (int j = 0; j < after.size(); j++) {
                if (!taken[j] && mayPair(before.get(i), after.get(j))) {
                    double similarity = similarity(before.get(i), after.get(j));
                    if (similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity)) {
                        best = j;
                        bestSimilarity = similarity;
                    }
                }
            }
            if (best >= 0) {
                pair(partnerOf, taken, i, best);
            }
        }
        // Then a row rewritten in its place.
        for (int i = 0; i < before.size() && i < after.size(); i++) {
            if (partnerOf[i] < 0 && !taken[i] && mayPair(before.get(i), after.get(i))) {
                pair(partnerOf, taken, i, i);
            }
        }
        return partnerOf;
    }

    private static void pair(int[] partnerOf, boolean[] taken, int i, int j) {
        partnerOf[i] = j;
        taken[j] = true;
    }

    /** Two rows that both have a key are the same row only when their keys are. */
    private static boolean mayPair(JsonNode before, JsonNode after) {
        return key(before) == null || key(after) == null;
    }

    private static double similarity(JsonNode before, JsonNode after) {
        if (!before.isObject() || !after.isObject()) {
            return same(before, after) ? 1 : 0;
        }
        var names = new LinkedHashSet<>(before.propertyNames());
        names.addAll(after.propertyNames());
        names.remove(KEY);
        if (names.isEmpty()) {
            return 1;
        }
        long equal = names.stream().filter(name -> same(present(before, name), present(after, name))).count();
        return (double) equal / names.size();
    }

    /**
     * Which matched rows kept their order: the longest run of them whose new positions increase in
     * their old order (a longest increasing subsequence); every other matched row moved.
     */
    private static boolean[] inOrder(int[] partnerOf) {
        int n = partnerOf.length;
        int[] length = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            previous[i] = -1;
            if (partnerOf[i] < 0) {
                continue;
            }
            length[i] = 1;
            for (int k = 0; k < i; k++) {
                if (partnerOf[k] >= 0 && partnerOf[k] < partnerOf[i] && length[k] + 1 > length[i]) {
                    length[i] = length[k] + 1;
                    previous[i] = k;
                }
            }
            if (end < 0 || length[i] > length[end]) {
                end = i;
            }
        }
        boolean[] stayed = new boolean[n];
        for (int i = end; i >= 0; i = previous[i]) {
            stayed[i] = true;
        }
        return stayed;
    }

    private static String key(JsonNode row) {
        var key = present(row, KEY);
        return key == null ? null : asText(key);
    }

    /** The row's first text, to name it: a step's title, an effect's indicator. */
    private static String label(JsonNode row) {
        if (row == null || !row.isObject()) {
            return row == null ? null : asText(row);
        }
        for (var property : row.properties()) {
            if (!property.getKey().equals(KEY) && property.getValue().isString()
                    && !property.getValue().stringValue().isBlank()) {
                return property.getValue().stringValue();
            }
        }
        return null;
    }

    private static JsonNode withoutKey(JsonNode row) {
        if (row.isObject() && row.has(KEY)) {
            var copy = row.deepCopy();
            ((ObjectNode) copy).remove(KEY);
            return copy;
        }
        return row;
    }

    // --- values ---

    /** Equal content; numbers by value (12.5 and 12.50 are the same budget). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            var names = new LinkedHashSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            return names.stream().allMatch(name -> same(present(a, name), present(b, name)));
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** The property, or null when it is missing or JSON null: both mean the field is not filled. */
    private static JsonNode present(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        var value = node.get(name);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    private static List<JsonNode> items(JsonNode array) {
        return array == null ? List.of() : List.copyOf(array.values());
    }

    private static boolean hasObjects(JsonNode array) {
        if (array == null) {
            return false;
        }
        for (var item : array.values()) {
            if (item.isObject()) {
                return true;
            }
        }
        return false;
    }

    private static String asText(JsonNode node) {
        return node.isString() ? node.stringValue() : node.toString();
    }
}
