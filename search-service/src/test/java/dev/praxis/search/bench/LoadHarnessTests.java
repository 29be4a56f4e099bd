package dev.praxis.search.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import dev.praxis.search.bench.PracticeGenerator.Query;
import org.junit.jupiter.api.Test;

class LoadHarnessTests {

    /** More queries than a run sends, so none repeats: targets not sent the same ones would show it. */
    private final List<Query> queries = IntStream.range(0, 1000).mapToObj(i -> new Query("запрос " + i, null, null)).toList();

    @Test
    void targetsTakingTurnsAreSentTheSameQueriesAndNeitherAlwaysGoesFirst() throws Exception {
        var first = new Recording("first");
        var second = new Recording("second");
        var harness = new LoadHarness(queries, Duration.ZERO);

        var results = harness.constantRateInTurns(List.of(first, second), 2, 40, Duration.ofMillis(500));

        assertThat(results).hasSize(2);
        // 2 clients, so a client's last query may have reached one target and not yet the other.
        assertThat(Math.abs(first.sent.size() - second.sent.size())).isLessThanOrEqualTo(2);
        assertThat(new HashSet<>(first.sent)).isEqualTo(new HashSet<>(second.sent));
        assertThat(results.get(0).latencies().getTotalCount()).isEqualTo(first.sent.size());
        assertThat(results.get(1).latencies().getTotalCount()).isEqualTo(second.sent.size());
        assertThat(first.wentFirst).hasPositiveValue();
        assertThat(second.wentFirst).hasPositiveValue();
    }

    /** Records the queries it is sent, and how often it was sent a query before the other target was. */
    private static final class Recording implements LoadHarness.Target {

        /** The query each client thread sent last, to whichever target. */
        private static final ThreadLocal<Query> LAST_SENT = new ThreadLocal<>();

        private final String name;
        private final List<Query> sent = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger wentFirst = new AtomicInteger();

        Recording(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public LoadHarness.Client connect() {
            return query -> {
                if (!query.equals(LAST_SENT.get())) {
                    wentFirst.incrementAndGet();
                }
                LAST_SENT.set(query);
                sent.add(query);
                return true;
            };
        }
    }
}
