package dev.praxis.search.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * A practice as the search side stores it: every practice that has left the draft stage, with
 * its status, so the public sees approved ones and staff can search their queues. Mapping and
 * analysis live in {@code opensearch/practices-*.json}; the index is never created from these
 * annotations.
 */
@Document(indexName = PracticeIndex.ALIAS, createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
public record PracticeDocument(
        @Id String id,
        String status,
        String title,
        String summary,
        String regionCode,
        String regionName,
        String federalDistrict,
        String municipality,
        String directionCode,
        String directionName,
        List<String> tags,
        Integer startYear,
        BigDecimal budgetRub,
        String language,
        String problem,
        String solution,
        List<Step> steps,
        List<Effect> effects,
        String authorName,
        int replicationCount,
        BigDecimal expertScore,
        @Field(type = FieldType.Date, format = DateFormat.strict_date_optional_time_nanos) Instant submittedAt,
        @Field(type = FieldType.Date, format = DateFormat.strict_date_optional_time_nanos) Instant publishedAt,
        @Field(type = FieldType.Date, format = DateFormat.strict_date_optional_time_nanos) Instant updatedAt) {

    public static final String APPROVED = "APPROVED";
    /** The statuses of the public catalogue: approved, and recommended for mass replication. */
    public static final List<String> PUBLISHED = List.of(APPROVED, "RECOMMENDED");

    public PracticeDocument {
        tags = tags == null ? List.of() : List.copyOf(tags);
        steps = steps == null ? List.of() : List.copyOf(steps);
        effects = effects == null ? List.of() : List.copyOf(effects);
    }

    public boolean isPublic() {
        return PUBLISHED.contains(status);
    }

    public record Step(Integer position, String title, String description) {
    }

    public record Effect(String indicator, String unit, BigDecimal before, BigDecimal after) {
    }
}
