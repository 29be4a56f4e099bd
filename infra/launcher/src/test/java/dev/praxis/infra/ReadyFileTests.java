package dev.praxis.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyFileTests {

    @TempDir
    Path directory;

    @Test
    void writesPropertiesThatJavaReadsBack() throws Exception {
        Path file = directory.resolve("nested/ready.properties");

        ReadyFile.write(file, Map.of("opensearch.url", "http://localhost:9201",
                "jdbc.url", "jdbc:postgresql://localhost:5432/praxis", "odd", "a\\b"));

        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertThat(properties).containsEntry("opensearch.url", "http://localhost:9201")
                .containsEntry("jdbc.url", "jdbc:postgresql://localhost:5432/praxis")
                .containsEntry("odd", "a\\b");
    }

    @Test
    void keepsValuesReadableForAShell() throws Exception {
        Path file = directory.resolve("ready.properties");

        ReadyFile.write(file, Map.of("opensearch.url", "http://localhost:9201"));

        assertThat(Files.readString(file)).isEqualTo("opensearch.url=http://localhost:9201\n");
    }

    @Test
    void replacesAnEarlierFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = directory.resolve("ready.properties");
        Files.writeString(file, "stale=true\n");

        ReadyFile.write(file, Map.of("web.url", "http://localhost:8080"));

        assertThat(Files.readString(file)).doesNotContain("stale");
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void deletesAFileThatMayNotExist() throws Exception {
        Path file = directory.resolve("ready.properties");
        ReadyFile.delete(file);
        Files.writeString(file, "x=y\n");

        ReadyFile.delete(file);

        assertThat(file).doesNotExist();
    }
}
