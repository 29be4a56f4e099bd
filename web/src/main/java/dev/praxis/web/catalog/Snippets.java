package dev.praxis.web.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a search snippet safe to insert as HTML. The search API promises escaped text with only
 * {@code <em>} tags; this does not rely on it: any other markup is escaped, so a {@code <script>}
 * shows as text, and the {@code <em>} tags are balanced so they cannot italicise the rest of the page.
 */
final class Snippets {

    private static final Pattern TOKENS = Pattern.compile(
            "(?<open><em>)|(?<close></em>)|(?<entity>&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)"
                    + "|(?<special>[<>&\"'])");

    private Snippets() {
    }

    static String sanitise(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(snippet.length() + 16);
        boolean inEm = false;
        Matcher token = TOKENS.matcher(snippet);
        int last = 0;
        while (token.find()) {
            safe.append(snippet, last, token.start());
            last = token.end();
            if (token.group("open") != null) {
                if (!inEm) {
                    safe.append("<em>");
                    inEm = true;
                }
            } else if (token.group("close") != null) {
                if (inEm) {
                    safe.append("</em>");
                    inEm = false;
                }
            } else if (token.group("entity") != null) {
                safe.append(token.group("entity"));
            } else {
                safe.append(escape(token.group("special").charAt(0)));
            }
        }
        safe.append(snippet, last, snippet.length());
        if (inEm) {
            safe.append("</em>");
        }
        return safe.toString();
    }

    private static String escape(char special) {
        return switch (special) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> "&#39;";
        };
    }
}
