package dev.praxis.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a UI string is not internationalised: in one bundle only, or written into a template. */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    private final Properties russian = bundle("/messages.properties");
    private final Properties english = bundle("/messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(russian.stringPropertyNames());
    }

    @Test
    void noMessageIsBlank() {
        Stream.of(russian, english).forEach(bundle -> bundle.stringPropertyNames()
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
    }

    @Test
    void everyMessageKeyInTemplatesExistsInBothLanguages() {
        Map<String, Path> used = matchesIn(TEMPLATES, ".html", Pattern.compile("#\\{([\\w.-]+)"));
        assertThat(used).isNotEmpty();
        used.forEach((key, template) -> {
            assertThat(russian).as("%s in %s, messages.properties", key, template).containsKey(key);
            assertThat(english).as("%s in %s, messages_en.properties", key, template).containsKey(key);
        });
    }

    @Test
    void everyMessageCodeInJavaExistsInBothLanguages() {
        Map<String, Path> used = matchesIn(JAVA, ".java",
                Pattern.compile("\"((?:practice|replication|catalog|problem)\\.[a-z.-]+[a-z])\""));
        assertThat(used).isNotEmpty();
        used.forEach((key, source) -> {
            assertThat(russian).as("%s in %s", key, source).containsKey(key);
            assertThat(english).as("%s in %s", key, source).containsKey(key);
        });
    }

    @Test
    void everyStatusHasANameInBothLanguages() {
        for (String status : Set.of("DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "REQUESTED")) {
            assertThat(russian).containsKey("status." + status);
            assertThat(english).containsKey("status." + status);
        }
    }

    /** A field error's code is the rule a service names; without a message the user reads the service's English. */
    @Test
    void everyValidationRuleTheServicesUseHasAMessageInBothLanguages() {
        for (String rule : Set.of("NotBlank", "NotNull", "NotEmpty", "Size", "Min", "Max", "Pattern",
                "DecimalMin", "DecimalMax", "Digits")) {
            assertThat(russian).as(rule).containsKey(rule);
            assertThat(english).as(rule).containsKey(rule);
        }
    }

    /** Text between tags must come from th:text (the literal is only the natural-template prototype). */
    @Test
    void templatesWriteNoVisibleTextOfTheirOwn() {
        Pattern textElement = Pattern.compile("<(\\w+)((?:[^>\"]|\"[^\"]*\")*)>([^<]*\\p{L}[^<]*)<");
        Pattern literalAttribute = Pattern.compile(
                "\\s(?<!th:)(placeholder|aria-label|title|alt)=\"[^\"]*\\p{L}[^\"]*\"");
        List<String> hardCoded = new ArrayList<>();
        templates().forEach(template -> {
            String html = read(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher element = textElement.matcher(html);
            while (element.find()) {
                String attributes = element.group(2);
                boolean replaced = attributes.contains("th:text") || attributes.contains("th:utext")
                        || attributes.contains("th:errors") || attributes.contains("th:replace");
                if (!replaced) {
                    hardCoded.add(template + ": " + element.group(3).strip());
                }
            }
            Matcher attribute = literalAttribute.matcher(html);
            while (attribute.find()) {
                hardCoded.add(template + ": " + attribute.group().strip());
            }
        });
        assertThat(hardCoded).isEmpty();
    }

    private static Properties bundle(String resource) {
        try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            var properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Path> matchesIn(Path root, String suffix, Pattern pattern) {
        Map<String, Path> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(suffix)).forEach(file -> {
                Matcher matcher = pattern.matcher(read(file));
                while (matcher.find()) {
                    found.putIfAbsent(matcher.group(1), file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<Path> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
