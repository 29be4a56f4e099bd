package dev.praxis.registry.attachment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A file name that is safe to store, show and send back in {@code Content-Disposition}: no folders
 * ({@code ../}, {@code /}, {@code \}), no control characters (NUL, line breaks), no invisible
 * formatting characters (the bidi overrides such as U+202E that make {@code exe.pdf} read as
 * {@code fdp.exe}), no characters Windows refuses, at most {@value #MAX_LENGTH} characters, and an
 * extension that matches the detected type: a PDF uploaded as {@code report.exe} is kept as
 * {@code report.exe.pdf}, so whoever downloads it opens a PDF.
 */
record AttachmentName(String value) {

    static final int MAX_LENGTH = 200;
    private static final String DEFAULT_BASE = "attachment";

    static AttachmentName of(String original, AllowedType type) {
        var name = lastPathSegment(original == null ? "" : original);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = visibleOnly(name).strip();
        // Trailing dots and spaces are dropped by Windows; leading dots hide a file on Unix (".bashrc", "..").
        name = name.replaceAll("[.\\s]+$", "");
        var dot = name.lastIndexOf('.');
        var extension = dot < 0 ? "" : name.substring(dot + 1);
        String base;
        if (type.hasExtension(extension.toLowerCase(Locale.ROOT))) {
            base = name.substring(0, dot);
        } else {
            base = name;
            extension = type.extension();
        }
        base = base.replaceAll("^[.\\s]+", "").strip();
        if (base.isEmpty()) {
            base = DEFAULT_BASE;
        }
        return new AttachmentName(truncate(base, MAX_LENGTH - extension.length() - 1) + "." + extension);
    }

    private static String lastPathSegment(String name) {
        var slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String visibleOnly(String name) {
        var out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            switch (Character.getType(c)) {
                // control (NUL, CR, LF, TAB...), format (bidi overrides and isolates, zero-width characters),
                // unassigned, private use and lone surrogates: none belong in a name a person reads
                case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                     Character.SURROGATE -> {
                }
                case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR ->
                        out.append(' ');
                default -> out.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
            }
        });
        return out.toString().replaceAll(" {2,}", " ");
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    private static String truncate(String base, int max) {
        if (base.length() <= max) {
            return base;
        }
        var end = Character.isHighSurrogate(base.charAt(max - 1)) ? max - 1 : max;
        return base.substring(0, end).strip();
    }
}
