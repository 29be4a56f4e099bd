package dev.praxis.infra.stack;

import dev.praxis.infra.InvalidArguments;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackOptionsTests {

    @Test
    void usesTheContractDefaults() {
        var options = StackOptions.parse(new String[0]);

        assertThat(options.workDir()).isEqualTo(Path.of(".praxis-local").toAbsolutePath().normalize());
        assertThat(options.webUrl()).isEqualTo("http://localhost:8080");
        assertThat(options.registryUrl()).isEqualTo("http://localhost:8081");
        assertThat(options.searchUrl()).isEqualTo("http://localhost:8082");
        assertThat(options.keycloakPort()).isEqualTo(8180);
        assertThat(options.keycloakManagementPort()).isEqualTo(9000);
        assertThat(options.openSearchPort()).isEqualTo(9201);
        assertThat(options.smtpPort()).isEqualTo(3025);
        assertThat(options.imapPort()).isEqualTo(3143);
        assertThat(options.pop3Port()).isEqualTo(3110);
        assertThat(options.demoData()).isTrue();
        assertThat(options.readyFile()).isEmpty();
        assertThat(options.exitOnStdinEof()).isFalse();
    }

    @Test
    void takesEveryOption() {
        var options = StackOptions.parse(new String[] {"--work-dir", "/tmp/w", "--repo-root", "/repo",
                "--web-port", "18080", "--registry-port=18081", "--search-port", "18082", "--keycloak-port", "18180",
                "--keycloak-management-port", "19000", "--opensearch-port", "19201", "--smtp-port", "13025",
                "--imap-port", "13143", "--pop3-port", "13110", "--no-demo-data",
                "--ready-file", "/tmp/ready", "--exit-on-stdin-eof"});

        assertThat(options.workDir()).isEqualTo(Path.of("/tmp/w"));
        assertThat(options.logs()).isEqualTo(Path.of("/tmp/w/logs"));
        assertThat(options.repoRoot()).isEqualTo(Path.of("/repo"));
        assertThat(options.webUrl()).isEqualTo("http://localhost:18080");
        assertThat(options.registryUrl()).isEqualTo("http://localhost:18081");
        assertThat(options.searchUrl()).isEqualTo("http://localhost:18082");
        assertThat(options.keycloakPort()).isEqualTo(18180);
        assertThat(options.keycloakManagementPort()).isEqualTo(19000);
        assertThat(options.openSearchPort()).isEqualTo(19201);
        assertThat(options.smtpPort()).isEqualTo(13025);
        assertThat(options.imapPort()).isEqualTo(13143);
        assertThat(options.pop3Port()).isEqualTo(13110);
        assertThat(options.demoData()).isFalse();
        assertThat(options.readyFile()).contains(Path.of("/tmp/ready"));
        assertThat(options.exitOnStdinEof()).isTrue();
    }

    @Test
    void rejectsOptionsOfTheOpenSearchCommand() {
        assertThatThrownBy(() -> StackOptions.parse(new String[] {"--base-path", "/tmp"}))
                .isInstanceOf(InvalidArguments.class);
    }
}
