package dev.praxis.infra;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentsTests {

    private static Arguments parse(String... args) {
        return Arguments.parse(args, Set.of("base-path", "http-port"), Set.of("exit-on-stdin-eof"));
    }

    @Test
    void readsSeparatedAndInlineValuesAndFlags() {
        var arguments = parse("--base-path", "/tmp/os", "--http-port=9300", "--exit-on-stdin-eof");

        assertThat(arguments.requiredPath("base-path")).isEqualTo(Path.of("/tmp/os"));
        assertThat(arguments.port("http-port", 9201)).isEqualTo(9300);
        assertThat(arguments.flag("exit-on-stdin-eof")).isTrue();
    }

    @Test
    void fallsBackToDefaultsWhenOptionsAreAbsent() {
        var arguments = parse();

        assertThat(arguments.port("http-port", 9201)).isEqualTo(9201);
        assertThat(arguments.flag("exit-on-stdin-eof")).isFalse();
        assertThat(arguments.value("base-path")).isEmpty();
    }

    @Test
    void rejectsUnknownOptions() {
        assertThatThrownBy(() -> parse("--base-pth", "/tmp"))
                .isInstanceOf(InvalidArguments.class)
                .hasMessageContaining("--base-pth");
    }

    @Test
    void rejectsOptionWithoutValue() {
        assertThatThrownBy(() -> parse("--base-path", "--exit-on-stdin-eof"))
                .isInstanceOf(InvalidArguments.class)
                .hasMessageContaining("--base-path needs a value");
    }

    @Test
    void rejectsPortsThatAreNotPorts() {
        assertThatThrownBy(() -> parse("--http-port", "http").port("http-port", 1))
                .isInstanceOf(InvalidArguments.class).hasMessageContaining("port number");
        assertThatThrownBy(() -> parse("--http-port", "70000").port("http-port", 1))
                .isInstanceOf(InvalidArguments.class).hasMessageContaining("between 1 and 65535");
    }

    @Test
    void rejectsMissingRequiredOption() {
        assertThatThrownBy(() -> parse().requiredPath("base-path"))
                .isInstanceOf(InvalidArguments.class)
                .hasMessageContaining("--base-path is required");
    }

    @Test
    void rejectsBareWords() {
        assertThatThrownBy(() -> parse("opensearch"))
                .isInstanceOf(InvalidArguments.class)
                .hasMessageContaining("Unexpected argument 'opensearch'");
    }
}
