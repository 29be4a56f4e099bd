package dev.praxis.web.catalog;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Makes a search snippet safe to insert as HTML. The search API promises escaped text with only
 * {@code <em>} tags; this does not rely on it: jsoup parses the snippet like a browser and keeps
 * only bare {@code <em>} elements (no attributes), so other markup and a {@code <script>} with its
 * content are dropped, text is escaped, and every {@code <em>} is closed within the snippet.
 */
final class Snippets {

    private static final Safelist EMPHASIS_ONLY = Safelist.none().addTags("em");
    /** One line, as it came: pretty printing would add line breaks and indentation. */
    private static final Document.OutputSettings AS_IS = new Document.OutputSettings().prettyPrint(false);

    private Snippets() {
    }

    static String sanitise(String snippet) {
        if (snippet == null) {
            return "";
        }
        return Jsoup.clean(snippet, "", EMPHASIS_ONLY, AS_IS);
    }
}
