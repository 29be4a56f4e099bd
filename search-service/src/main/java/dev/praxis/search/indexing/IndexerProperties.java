package dev.praxis.search.indexing;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether the feed is polled on a schedule (off: nothing feeds the index)
 * @param registryUrl base URL of registry-service
 * @param batchSize events asked for per request
 * @param pollDelay pause between two polls once the feed is drained
 * @param rebuildPageSize practice cards asked for per request during a rebuild
 * @param rebuildBulksAtOnce bulk requests a rebuild keeps under way: two use both cores of a small
 *        node and halve the rebuild, but leave less for searches meanwhile (docs/performance.md)
 * @param cursorName the name the feed position is stored under in OpenSearch
 */
@ConfigurationProperties("praxis.indexer")
record IndexerProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://localhost:8081") URI registryUrl,
        @DefaultValue("100") int batchSize,
        @DefaultValue("250ms") Duration pollDelay,
        @DefaultValue("500") int rebuildPageSize,
        @DefaultValue("2") int rebuildBulksAtOnce,
        @DefaultValue(ConsumerPositions.PRACTICE_EVENTS) String cursorName) {
}
