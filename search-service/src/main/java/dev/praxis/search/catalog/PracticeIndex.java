package dev.praxis.search.catalog;

import dev.praxis.search.opensearch.IndexDefinition;

import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.data.client.osc.OpenSearchTemplate;
import org.springframework.data.elasticsearch.VersionConflictException;
import org.springframework.data.elasticsearch.core.index.AliasAction;
import org.springframework.data.elasticsearch.core.index.AliasActionParameters;
import org.springframework.data.elasticsearch.core.index.AliasActions;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.IndexQueryBuilder;
import org.springframework.stereotype.Component;

/**
 * Writes to the practice index. Every write carries the registry's version of the practice as an
 * OpenSearch external version, so replaying the feed can never move a practice back in time.
 */
@Component
public class PracticeIndex {

    /** Everything reads and writes through the alias, so a rebuilt index can be swapped in. */
    static final String ALIAS = "practices";
    static final String INDEX = "practices-v1";
    static final IndexDefinition DEFINITION = new IndexDefinition("practices");

    private final OpenSearchTemplate operations;
    private volatile boolean ready;

    PracticeIndex(OpenSearchTemplate operations) {
        this.operations = operations;
    }

    /** Creates {@value #INDEX} with its settings and mapping and points {@value #ALIAS} at it, once. */
    public void ensureExists() {
        if (ready) {
            return;
        }
        if (!operations.indexOps(IndexCoordinates.of(ALIAS)).exists()) {
            DEFINITION.createIfMissing(operations, INDEX);
            operations.indexOps(IndexCoordinates.of(INDEX)).alias(new AliasActions(new AliasAction.Add(
                    AliasActionParameters.builder().withIndices(INDEX).withAliases(ALIAS).withIsWriteIndex(true).build())));
        }
        ready = true;
    }

    /** Makes the writes so far searchable now instead of at the next scheduled refresh (1 s). */
    public void refresh() {
        operations.indexOps(IndexCoordinates.of(ALIAS)).refresh();
    }

    /**
     * Stores the practice at the given version.
     *
     * @return false when the index already holds this or a newer version (nothing changed)
     */
    public boolean put(PracticeDocument practice, long version) {
        // The version type comes from @Document(versionType), which defaults to EXTERNAL.
        var query = new IndexQueryBuilder().withId(practice.id()).withObject(practice).withVersion(version).build();
        try {
            operations.index(query, IndexCoordinates.of(ALIAS));
            return true;
        } catch (VersionConflictException e) {
            return false;
        }
    }

    /**
     * Removes the practice as of the given version. The index remembers the deletion's version
     * for {@code index.gc_deletes} (60 s), and the feed is always replayed in order anyway.
     *
     * @return false when the index already holds a newer version
     */
    public boolean remove(String practiceId, long version) {
        try {
            // Spring Data's delete takes no version: this one call goes to the client, through
            // the template so that its errors are translated the same way.
            operations.execute(client -> client.delete(d -> d
                    .index(ALIAS).id(practiceId).version(version).versionType(VersionType.External)));
            return true;
        } catch (VersionConflictException e) {
            return false;
        }
    }
}
