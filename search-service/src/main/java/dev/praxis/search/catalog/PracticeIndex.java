package dev.praxis.search.catalog;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import dev.praxis.search.opensearch.IndexDefinition;

import org.opensearch.client.opensearch.indices.TranslogDurability;
import org.opensearch.data.client.osc.OpenSearchTemplate;
import org.springframework.data.elasticsearch.BulkFailureException;
import org.springframework.data.elasticsearch.core.index.AliasAction;
import org.springframework.data.elasticsearch.core.index.AliasActionParameters;
import org.springframework.data.elasticsearch.core.index.AliasActions;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.BulkOptions;
import org.springframework.data.elasticsearch.core.query.IndexQuery;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;
import org.springframework.stereotype.Component;

/**
 * Writes to the practice indexes. Every write carries the registry's version of the practice as
 * an OpenSearch external version, so replaying the feed, or a rebuild racing the feed, can never
 * move a practice back in time. Reads and ordinary writes go through the alias {@value #ALIAS};
 * a rebuild fills a new physical index and then swaps the alias over in one atomic request.
 */
@Component
public class PracticeIndex {

    static final String ALIAS = "practices";
    static final String FIRST_INDEX = "practices-v1";
    static final IndexDefinition DEFINITION = new IndexDefinition("practices");
    private static final DateTimeFormatter INDEX_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final OpenSearchTemplate operations;
    private final Clock clock;
    private volatile boolean ready;

    PracticeIndex(OpenSearchTemplate operations) {
        this.operations = operations;
        this.clock = Clock.systemUTC();
    }

    /** A practice at a version: what one write stores. */
    public record Versioned(PracticeDocument practice, long version) {
    }

    /**
     * Creates {@value #FIRST_INDEX} and points {@value #ALIAS} at it, unless the alias exists.
     * Synchronized: the feed consumer and a rebuild or a request may get here at the same moment,
     * and the second {@code create} would fail with "index already exists".
     */
    public synchronized void ensureExists() {
        if (ready) {
            return;
        }
        if (!operations.indexOps(IndexCoordinates.of(ALIAS)).exists()) {
            DEFINITION.createIfMissing(operations, FIRST_INDEX);
            operations.indexOps(IndexCoordinates.of(FIRST_INDEX)).alias(new AliasActions(add(FIRST_INDEX)));
        } else {
            // The mapping only ever gains fields: adding today's to the live index lets cards with
            // new fields in before the next rebuild (the mapping is strict).
            operations.indexOps(IndexCoordinates.of(ALIAS)).putMapping(DEFINITION.mapping());
        }
        ready = true;
    }

    /** The physical index the alias points at now, if any. */
    public Optional<String> current() {
        var aliases = operations.indexOps(IndexCoordinates.of(ALIAS)).getAliases(ALIAS);
        return aliases.keySet().stream().findFirst();
    }

    /**
     * Creates a new, empty physical index with today's settings and mapping, set up for a bulk
     * load: no refreshes, and the translog synced in the background rather than on every bulk
     * request (an index lost half-loaded is simply not swapped in), and returns its name.
     */
    public String createNext() {
        String name = ALIAS + "-" + INDEX_SUFFIX.format(clock.instant());
        DEFINITION.createIfMissing(operations, name);
        loadingSettings(name, "-1", TranslogDurability.Async);
        return name;
    }

    /**
     * Ends a bulk load: the index refreshes and syncs like the live one again, everything loaded
     * is committed to disk, and it is searchable now.
     */
    public void finishLoading(String index) {
        var live = (java.util.Map<?, ?>) DEFINITION.settings().get("index");
        loadingSettings(index, String.valueOf(live.get("refresh_interval")), TranslogDurability.Request);
        operations.execute(client -> client.indices().flush(f -> f.index(index)));
        refresh(index);
    }

    private void loadingSettings(String index, String refreshInterval, TranslogDurability durability) {
        operations.execute(client -> client.indices().putSettings(s -> s.index(index)
                .settings(settings -> settings.refreshInterval(t -> t.time(refreshInterval)).translogDurability(durability))));
    }

    /** Points the alias at {@code next} instead of {@code previous} in one request: no search sees neither. */
    public void swap(String previous, String next) {
        var remove = new AliasAction.Remove(AliasActionParameters.builder().withIndices(previous).withAliases(ALIAS).build());
        operations.indexOps(IndexCoordinates.of(next)).alias(new AliasActions(remove, add(next)));
    }

    /** How many practices {@code index} holds (any status). */
    public long count(String index) {
        return operations.count(org.springframework.data.elasticsearch.core.query.Query.findAll(), PracticeDocument.class,
                IndexCoordinates.of(index));
    }

    /** Deletes every practice index except {@code kept}: what earlier rebuilds left behind. */
    public void deleteAllExcept(String kept) {
        var names = operations.execute(client -> client.indices().get(g -> g.index(ALIAS + "-*"))).result().keySet();
        names.stream().filter(name -> !name.equals(kept)).forEach(this::delete);
    }

    public void delete(String index) {
        operations.indexOps(IndexCoordinates.of(index)).delete();
    }

    /** Makes the writes so far searchable now instead of at the next scheduled refresh (1 s). */
    public void refresh() {
        refresh(ALIAS);
    }

    public void refresh(String index) {
        operations.indexOps(IndexCoordinates.of(index)).refresh();
    }

    /**
     * Stores the practices at their versions in one bulk request through the alias.
     *
     * @return how many were written; the others were already there at this or a newer version
     */
    public int putAll(List<Versioned> practices) {
        return putAll(practices, ALIAS);
    }

    /** As {@link #putAll(List)}, into a given physical index (a rebuild's target). */
    public int putAll(List<Versioned> practices, String index) {
        if (practices.isEmpty()) {
            return 0;
        }
        // The version type comes from @Document(versionType), which defaults to EXTERNAL.
        List<IndexQuery> queries = practices.stream()
                .map(p -> new IndexQueryBuilder().withId(p.practice().id()).withObject(p.practice())
                        .withVersion(p.version()).build())
                .toList();
        try {
            operations.bulkIndex(queries, BulkOptions.defaultOptions(), IndexCoordinates.of(index));
            return practices.size();
        } catch (BulkFailureException e) {
            var failures = e.getFailedDocuments().values();
            // 409 is the external version doing its job: that practice is already newer there.
            if (failures.stream().allMatch(failure -> Integer.valueOf(409).equals(failure.status()))) {
                return practices.size() - failures.size();
            }
            throw e;
        }
    }

    private static AliasAction.Add add(String index) {
        return new AliasAction.Add(AliasActionParameters.builder()
                .withIndices(index).withAliases(ALIAS).withIsWriteIndex(true).build());
    }
}
