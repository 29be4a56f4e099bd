package dev.praxis.registry.common.web;

/**
 * The one rule for control characters in what a caller sends (JSON texts and request parameters alike,
 * docs/contracts.md "Errors"): tab, line feed and carriage return are text (multi-line fields need them);
 * every other C0 control, DEL and the C1 controls are refused. PostgreSQL refuses a NUL outright, and
 * the others are never meant as text.
 */
public final class ControlCharacters {

    /** The rule's name in a problem's {@code errors}. */
    public static final String RULE = "NoControlCharacters";

    private ControlCharacters() {
    }

    public static boolean refused(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    /** The first refused character of {@code text}, or -1 when there is none. */
    public static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return -1;
    }

    /** Why a text with the character {@code c} is refused, for the problem's {@code message}. */
    public static String message(int c) {
        return "must not contain the control character U+%04X (of the control characters only tab, line feed and carriage return are allowed)"
                .formatted(c);
    }
}
