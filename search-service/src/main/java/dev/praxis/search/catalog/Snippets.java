package dev.praxis.search.catalog;

import java.util.List;
import java.util.Map;

/**
 * The snippet of a hit: the best highlighted fragment (the engine escapes it and wraps matches in
 * {@code <em>}), or the escaped beginning of the problem when nothing in the body matched.
 */
public final class Snippets {

    /**
     * In order of preference; the title is shown anyway, so it never becomes the snippet. Steps
     * are left out: highlighting them cost a fifth of a search (docs/performance.md), and a match
     * only there shows the beginning of the problem instead.
     */
    static final List<String> FIELDS = List.of("problem", "solution");
    static final List<String> TITLE_FIELDS = List.of("title", "title.en");
    static final List<String> FIELDS_WITH_TITLE = java.util.stream.Stream.concat(TITLE_FIELDS.stream(), FIELDS.stream()).toList();
    private static final List<String> RUSSIAN_FIELDS_WITH_TITLE = FIELDS_WITH_TITLE.stream()
            .filter(field -> !field.endsWith(".en")).toList();

    static final int FALLBACK_LENGTH = 200;

    private Snippets() {
    }

    /**
     * The fields to highlight: the title's English sub-field only for a text with Latin letters,
     * since Russian words are stemmed and never match their unstemmed English analysis. The long
     * texts have no English sub-field; English words are marked there as typed.
     */
    static List<String> fields(boolean latinText) {
        return latinText ? FIELDS_WITH_TITLE : RUSSIAN_FIELDS_WITH_TITLE;
    }

    static String choose(Map<String, List<String>> highlights, String problem) {
        for (String field : FIELDS) {
            List<String> fragments = highlights.getOrDefault(field, List.of());
            if (!fragments.isEmpty()) {
                return fragments.getFirst();
            }
        }
        return beginningOf(problem);
    }

    /** The title with its matches in {@code <em>}, or simply escaped when it did not match. */
    static String title(Map<String, List<String>> highlights, String title) {
        for (String field : TITLE_FIELDS) {
            List<String> fragments = highlights.getOrDefault(field, List.of());
            if (!fragments.isEmpty()) {
                return fragments.getFirst();
            }
        }
        return escapeHtml(title == null ? "" : title);
    }

    public static String beginningOf(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= FALLBACK_LENGTH) {
            return escapeHtml(flat);
        }
        int cut = flat.lastIndexOf(' ', FALLBACK_LENGTH);
        return escapeHtml(flat.substring(0, cut > 0 ? cut : FALLBACK_LENGTH)) + "…";
    }

    /** The same characters OpenSearch's {@code html} encoder escapes in highlighted fragments. */
    public static String escapeHtml(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
