package dev.praxis.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.praxis.search.catalog.PracticeIndex;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndexRebuildsTests {

    PracticeIndex index = mock(PracticeIndex.class);
    RegistryFeed registry = mock(RegistryFeed.class);
    PracticeFeedConsumer consumer = mock(PracticeFeedConsumer.class);
    IndexRebuilds rebuilds = new IndexRebuilds(index, registry, mock(PracticeDocuments.class), consumer, 500, 2,
            Clock.systemUTC());

    @AfterEach
    void stop() {
        rebuilds.destroy();
    }

    @Test
    void aFailedRebuildDropsItsUnfinishedIndexAndLeavesTheAliasAlone() {
        when(index.current()).thenReturn(Optional.of("practices-v1"));
        when(index.createNext()).thenReturn("practices-new");
        when(registry.cardsAfter(any(), anyInt())).thenThrow(new IllegalStateException("registry down"));

        rebuilds.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> rebuilds.latest().orElseThrow().state() == IndexRebuild.State.FAILED);
        assertThat(rebuilds.latest().orElseThrow().error()).contains("registry down");
        verify(consumer).startMirroring("practices-new");
        verify(consumer).stopMirroring("practices-new");
        verify(index).delete("practices-new");
        verify(index, never()).swap(anyString(), anyString());
        verify(index, never()).delete("practices-v1");
    }

    @Test
    void aFailedWriteDropsTheIndexOnlyOnceTheWriteBesideItHasFinished() throws Exception {
        var secondWriteMayEnd = new CountDownLatch(1);
        var writes = new AtomicInteger();
        var deleted = new AtomicBoolean();
        var aWriteEndedAfterTheDelete = new AtomicBoolean();
        when(index.current()).thenReturn(Optional.of("practices-v1"));
        when(index.createNext()).thenReturn("practices-new");
        when(registry.cardsAfter(any(), anyInt()))
                .thenReturn(new RegistryFeed.CardsPage(List.of(), "page-2"))
                .thenReturn(new RegistryFeed.CardsPage(List.of(), null));
        when(index.putAll(anyList(), eq("practices-new"))).thenAnswer(call -> {
            if (writes.incrementAndGet() == 1) {
                throw new IllegalStateException("bulk refused");
            }
            secondWriteMayEnd.await();
            aWriteEndedAfterTheDelete.set(deleted.get());
            return 0;
        });
        doAnswer(call -> {
            deleted.set(true);
            return null;
        }).when(index).delete("practices-new");

        rebuilds.start();
        verify(index, timeout(5_000).times(2)).putAll(anyList(), eq("practices-new"));
        secondWriteMayEnd.countDown();

        await().atMost(Duration.ofSeconds(5)).until(deleted::get);
        assertThat(rebuilds.latest().orElseThrow().state()).isEqualTo(IndexRebuild.State.FAILED);
        assertThat(rebuilds.latest().orElseThrow().error()).contains("bulk refused");
        assertThat(aWriteEndedAfterTheDelete).isFalse();
    }

    @Test
    void refusesASecondRebuildWhileOneRuns() throws Exception {
        var held = new CountDownLatch(1);
        when(index.current()).thenReturn(Optional.of("practices-v1"));
        when(index.createNext()).thenReturn("practices-new");
        when(registry.cardsAfter(any(), anyInt())).thenAnswer(call -> {
            held.await();
            return new RegistryFeed.CardsPage(java.util.List.of(), null);
        });

        rebuilds.start();

        assertThatThrownBy(rebuilds::start).isInstanceOf(RebuildAlreadyRunning.class);
        held.countDown();
    }
}
