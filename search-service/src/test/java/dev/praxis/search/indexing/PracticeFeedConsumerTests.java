package dev.praxis.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.praxis.search.catalog.PracticeIndex;

import org.junit.jupiter.api.Test;

class PracticeFeedConsumerTests {

    RegistryFeed feed = mock(RegistryFeed.class);
    PracticeEventApplier applier = mock(PracticeEventApplier.class);
    ConsumerPositions positions = mock(ConsumerPositions.class);
    PracticeFeedConsumer consumer = new PracticeFeedConsumer(feed, applier, mock(PracticeIndex.class), positions, 2,
            Clock.systemUTC());

    @Test
    void readsFullPagesUntilAShortOneStoringTheCursorAfterEach() {
        when(positions.cursorOf(ConsumerPositions.PRACTICE_EVENTS)).thenReturn(Optional.of("c0"));
        when(feed.eventsAfter("c0", 2)).thenReturn(page("c1", "c2"));
        when(feed.eventsAfter("c2", 2)).thenReturn(page("c3"));

        assertThat(consumer.poll()).isEqualTo(3);

        var order = inOrder(applier, positions);
        order.verify(applier).apply(anyList(), anyList());
        order.verify(positions).store(ConsumerPositions.PRACTICE_EVENTS, "c2");
        order.verify(applier).apply(anyList(), anyList());
        order.verify(positions).store(ConsumerPositions.PRACTICE_EVENTS, "c3");
    }

    @Test
    void keepsTheCursorWhenAPageCannotBeAppliedAndRetriesItNextTime() {
        when(positions.cursorOf(ConsumerPositions.PRACTICE_EVENTS)).thenReturn(Optional.empty());
        when(feed.eventsAfter(null, 2)).thenReturn(page("c1"));
        doThrow(new IllegalStateException("OpenSearch down")).doNothing().when(applier).apply(anyList(), anyList());

        assertThatThrownBy(consumer::poll).hasMessage("OpenSearch down");
        verify(positions, never()).store(anyString(), any());

        consumer.pollQuietly();
        verify(feed, times(2)).eventsAfter(null, 2);
        verify(positions).store(ConsumerPositions.PRACTICE_EVENTS, "c1");
    }

    @Test
    void readsTheStoredCursorOnlyOnce() {
        when(positions.cursorOf(ConsumerPositions.PRACTICE_EVENTS)).thenReturn(Optional.of("c5"));
        when(feed.eventsAfter("c5", 2)).thenReturn(new FeedPage(List.of(), "c5"));

        consumer.poll();
        consumer.poll();

        verify(positions).cursorOf(ConsumerPositions.PRACTICE_EVENTS);
        verify(positions, never()).store(anyString(), any());
    }

    private static FeedPage page(String... cursors) {
        var events = Arrays.stream(cursors)
                .map(cursor -> new PracticeEvent(cursor, PracticeEvent.CHANGED, "p-" + cursor, 1, Instant.now(), null))
                .toList();
        return new FeedPage(events, cursors[cursors.length - 1]);
    }
}
