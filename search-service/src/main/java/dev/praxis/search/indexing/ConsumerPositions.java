package dev.praxis.search.indexing;

import java.time.Instant;
import java.util.Optional;

import dev.praxis.search.opensearch.IndexDefinition;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.stereotype.Component;

/**
 * Where each consumer stopped reading a feed, kept in OpenSearch beside the index it feeds, so
 * the position and the data it describes live and die together.
 */
@Component
class ConsumerPositions {

    static final String INDEX = "praxis-consumer-state";
    static final String PRACTICE_EVENTS = "registry-practice-events";

    private final ElasticsearchOperations operations;
    private volatile boolean ready;

    ConsumerPositions(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    void ensureExists() {
        if (!ready) {
            new IndexDefinition("consumer-state").createIfMissing(operations, INDEX);
            ready = true;
        }
    }

    /** The cursor after the last applied event of {@code consumer}; empty = from the beginning. */
    Optional<String> cursorOf(String consumer) {
        return Optional.ofNullable(operations.get(consumer, ConsumerPosition.class)).map(ConsumerPosition::cursor);
    }

    void store(String consumer, String cursor) {
        operations.save(new ConsumerPosition(consumer, cursor, Instant.now()));
    }

    @Document(indexName = INDEX, createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
    record ConsumerPosition(
            @Id String id,
            String cursor,
            @Field(type = FieldType.Date, format = DateFormat.strict_date_optional_time_nanos) Instant updatedAt) {
    }
}
