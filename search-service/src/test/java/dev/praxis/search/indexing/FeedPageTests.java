package dev.praxis.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FeedPageTests {

    @Test
    void continuesFromTheFeedsNextCursor() {
        assertThat(new FeedPage(List.of(withdrawn("7")), "8").cursorAfter("6")).isEqualTo("8");
    }

    @Test
    void continuesAfterTheLastEventWhenTheFeedGivesNoNextCursor() {
        assertThat(new FeedPage(List.of(withdrawn("7"), withdrawn("9")), null).cursorAfter("6")).isEqualTo("9");
    }

    @Test
    void staysPutOnAnEmptyPage() {
        assertThat(new FeedPage(null, null).cursorAfter("6")).isEqualTo("6");
    }

    private static PracticeEvent withdrawn(String cursor) {
        return new PracticeEvent(cursor, PracticeEvent.CHANGED, "p-1", 2, Instant.now(), null);
    }
}
