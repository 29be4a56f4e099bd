package dev.praxis.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.document.Document;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.util.StreamUtils;

/**
 * An index whose settings and mapping are kept as JSON in {@code opensearch/<name>-settings.json}
 * and {@code opensearch/<name>-mapping.json}, never derived from annotations. A synonym filter
 * whose {@code synonyms} list is {@code ["@file.txt"]} gets the rules of {@code opensearch/file.txt}
 * inlined, so the list is maintained as a plain file yet needs nothing installed on the cluster's nodes.
 */
public record IndexDefinition(String name) {

    private static final String FOLDER = "opensearch/";

    /** Creates {@code index} from this definition unless it (or an alias of that name) exists. */
    public void createIfMissing(ElasticsearchOperations operations, String index) {
        var indexOps = operations.indexOps(IndexCoordinates.of(index));
        if (!indexOps.exists()) {
            indexOps.create(settings(), mapping());
        }
    }

    public Document settings() {
        var settings = Document.parse(read(FOLDER + name + "-settings.json"));
        inlineSynonymFiles(settings);
        return settings;
    }

    public Document mapping() {
        return Document.parse(read(FOLDER + name + "-mapping.json"));
    }

    /** The rules of a synonyms file: one per line, blank lines and {@code #} comments skipped. */
    public static List<String> synonymRules(String file) {
        return read(FOLDER + file).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static void inlineSynonymFiles(Map<String, Object> settings) {
        if (!(settings.get("analysis") instanceof Map<?, ?> analysis)
                || !(analysis.get("filter") instanceof Map<?, ?> filters)) {
            return;
        }
        for (Object filter : filters.values()) {
            if (filter instanceof Map<?, ?> definition
                    && definition.get("synonyms") instanceof List<?> rules
                    && rules.size() == 1 && rules.getFirst() instanceof String only && only.startsWith("@")) {
                ((Map<String, Object>) definition).put("synonyms", synonymRules(only.substring(1)));
            }
        }
    }

    private static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
