package dev.praxis.web.ui;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The page links under a list, numbered from 1 as people count. Shows a window of pages around
 * the current one rather than hundreds of links.
 */
public record Pagination(int current, int totalPages) {

    private static final int WINDOW = 3;

    public static Pagination ofZeroBased(int page, int totalPages) {
        return new Pagination(page + 1, totalPages);
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < totalPages;
    }

    public int previous() {
        return current - 1;
    }

    public int next() {
        return current + 1;
    }

    public boolean isNeeded() {
        return totalPages > 1;
    }

    public List<Integer> pages() {
        int from = Math.max(1, current - WINDOW);
        int to = Math.min(totalPages, current + WINDOW);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** Turns a 1-based page from a URL into the 0-based page the services expect. */
    public static int toZeroBased(int page) {
        return Math.max(page, 1) - 1;
    }
}
