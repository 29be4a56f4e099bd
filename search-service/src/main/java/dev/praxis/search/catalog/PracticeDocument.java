package dev.praxis.search.catalog;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * A published practice as the search side stores it: only what the public card and the search
 * need. Mapping and analysis live in {@code opensearch/practices-*.json}; the index is never
 * created from these annotations.
 */
@Document(indexName = PracticeIndex.ALIAS, createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
public record PracticeDocument(
        @Id String id,
        String title,
        String regionCode,
        String regionName,
        String federalDistrict,
        String directionCode,
        String directionName,
        String problem,
        String solution,
        List<Step> steps,
        String authorName,
        @Field(type = FieldType.Date, format = DateFormat.strict_date_optional_time_nanos) Instant publishedAt,
        String language) {

    public PracticeDocument {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public record Step(Integer position, String title, String description) {
    }
}
