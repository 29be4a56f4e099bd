package dev.praxis.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.document.Document;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.util.StreamUtils;

/**
 * An index whose settings and mapping are kept as JSON in {@code opensearch/<name>-settings.json}
 * and {@code opensearch/<name>-mapping.json}, never derived from annotations.
 */
public record IndexDefinition(String name) {

    /** Creates {@code index} from this definition unless it (or an alias of that name) exists. */
    public void createIfMissing(ElasticsearchOperations operations, String index) {
        var indexOps = operations.indexOps(IndexCoordinates.of(index));
        if (!indexOps.exists()) {
            indexOps.create(settings(), mapping());
        }
    }

    public Document settings() {
        return json("opensearch/" + name + "-settings.json");
    }

    public Document mapping() {
        return json("opensearch/" + name + "-mapping.json");
    }

    private static Document json(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return Document.parse(StreamUtils.copyToString(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
