package dev.praxis.search.indexing;

import java.util.List;

/** A page of the change feed; {@code nextCursor} is where the next page starts. */
record FeedPage(List<PracticeEvent> events, String nextCursor) {

    FeedPage {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The cursor after this page: the feed's own, else the last event's. */
    String cursorAfter(String previous) {
        if (nextCursor != null) {
            return nextCursor;
        }
        return events.isEmpty() ? previous : events.getLast().cursor();
    }
}
