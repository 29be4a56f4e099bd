package dev.praxis.search.catalog;

import java.util.ArrayList;

/**
 * A validated search over the catalogue. Field names in violations are the request parameter
 * names of the public API ({@code q}, {@code region}, {@code direction}, {@code page}, {@code size}).
 *
 * @param text free text, already stripped; empty means "newest first"
 * @param region region code filter or null
 * @param direction direction code filter or null
 */
public record PracticeSearch(String text, String region, String direction, int page, int size) {

    static final int MAX_TEXT_LENGTH = 200;
    static final int MAX_CODE_LENGTH = 64;
    static final int MAX_PAGE_SIZE = 50;
    /** OpenSearch's default {@code index.max_result_window}: deeper pages are refused, not truncated. */
    static final int MAX_RESULT_WINDOW = 10_000;

    public PracticeSearch {
        var violations = new ArrayList<FieldViolation>();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            violations.add(new FieldViolation("q", "Size", MAX_TEXT_LENGTH));
        }
        if (region != null && region.length() > MAX_CODE_LENGTH) {
            violations.add(new FieldViolation("region", "Size", MAX_CODE_LENGTH));
        }
        if (direction != null && direction.length() > MAX_CODE_LENGTH) {
            violations.add(new FieldViolation("direction", "Size", MAX_CODE_LENGTH));
        }
        if (page < 0) {
            violations.add(new FieldViolation("page", "Min", 0));
        }
        if (size < 1) {
            violations.add(new FieldViolation("size", "Min", 1));
        } else if (size > MAX_PAGE_SIZE) {
            violations.add(new FieldViolation("size", "Max", MAX_PAGE_SIZE));
        } else if (page >= 0 && ((long) page + 1) * size > MAX_RESULT_WINDOW) {
            violations.add(new FieldViolation("page", "MaxResultWindow", MAX_RESULT_WINDOW));
        }
        if (!violations.isEmpty()) {
            throw new InvalidSearch(violations);
        }
        text = text == null ? "" : text.strip();
        region = blankToNull(region);
        direction = blankToNull(direction);
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
