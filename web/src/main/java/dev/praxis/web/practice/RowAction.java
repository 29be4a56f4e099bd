package dev.praxis.web.practice;

import java.util.regex.Pattern;

/**
 * A row button of the practice form, as its {@code action} value names it: {@code add-step},
 * {@code remove-step:3}, {@code move-step-up:3}, {@code move-step-down:3} (0-based row index), and
 * likewise for {@code effect}, {@code partner}, {@code member} and {@code source}. The form is
 * re-rendered with everything typed; {@link #anchorIn} names the row to scroll and focus to
 * ({@code step-4}, 1-based), or the list's section when no row is left.
 */
record RowAction(Verb verb, PracticeForm.Rows rows, int index) {

    private static final Pattern ACTION =
            Pattern.compile("(add|remove|move)-(step|effect|partner|member|source)(-up|-down)?(?::(\\d{1,3}))?");

    enum Verb {
        ADD, REMOVE, MOVE_UP, MOVE_DOWN
    }

    /** The row action an {@code action} value names, or null for any other button (save). */
    static RowAction parse(String action) {
        var match = action == null ? null : ACTION.matcher(action);
        if (match == null || !match.matches()) {
            return null;
        }
        var rows = PracticeForm.Rows.named(match.group(2));
        int index = match.group(4) == null ? -1 : Integer.parseInt(match.group(4));
        boolean move = "move".equals(match.group(1));
        // A move says which way; only a move does; every verb but add names its row.
        if (move != (match.group(3) != null) || !"add".equals(match.group(1)) && index < 0) {
            return null;
        }
        Verb verb = switch (match.group(1)) {
            case "add" -> Verb.ADD;
            case "remove" -> Verb.REMOVE;
            default -> "-up".equals(match.group(3)) ? Verb.MOVE_UP : Verb.MOVE_DOWN;
        };
        return new RowAction(verb, rows, index);
    }

    /** Changes the form; returns the id of the row to show and focus. */
    String applyTo(PracticeForm form) {
        int row = switch (verb) {
            case ADD -> form.add(rows);
            case REMOVE -> form.remove(rows, index);
            case MOVE_UP -> form.move(rows, index, -1);
            case MOVE_DOWN -> form.move(rows, index, +1);
        };
        return id(row);
    }

    /** The id {@link #applyTo} will return, for a button's fragment before it is pressed. */
    String anchorIn(int size) {
        int row = switch (verb) {
            case ADD -> size < rows.limit ? size + 1 : size;
            case REMOVE -> Math.min(index + 1, size - 1);
            case MOVE_UP -> Math.max(index, 1);
            case MOVE_DOWN -> Math.min(index + 2, size);
        };
        return id(row);
    }

    private String id(int row) {
        return row <= 0 ? rows.field : rows.name + "-" + row;
    }
}
