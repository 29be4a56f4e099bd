package dev.praxis.infra.stack;

import dev.praxis.infra.Arguments;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** The options of the {@code stack} command, with the defaults of docs/contracts.md. */
record StackOptions(Path workDir, Path repoRoot, int webPort, int registryPort, int searchPort, int keycloakPort,
                    int keycloakManagementPort, int openSearchPort, int smtpPort, int imapPort, int pop3Port, boolean demoData, Optional<Path> readyFile,
                    boolean exitOnStdinEof) {

    static StackOptions parse(String[] args) {
        var arguments = Arguments.parse(args,
                Set.of("work-dir", "repo-root", "web-port", "registry-port", "search-port", "keycloak-port",
                        "keycloak-management-port", "opensearch-port", "smtp-port", "imap-port", "pop3-port",
                        "ready-file"),
                Set.of("no-demo-data", "exit-on-stdin-eof"));
        return new StackOptions(
                Path.of(arguments.value("work-dir", ".praxis-local")).toAbsolutePath().normalize(),
                Path.of(arguments.value("repo-root", ".")).toAbsolutePath().normalize(),
                arguments.port("web-port", 8080),
                arguments.port("registry-port", 8081),
                arguments.port("search-port", 8082),
                arguments.port("keycloak-port", 8180),
                arguments.port("keycloak-management-port", 9000),
                arguments.port("opensearch-port", 9201),
                // GreenMail's usual test ports; like OpenSearch's, the next free one when taken
                arguments.port("smtp-port", 3025),
                arguments.port("imap-port", 3143),
                arguments.port("pop3-port", 3110),
                !arguments.flag("no-demo-data"),
                arguments.path("ready-file").map(path -> path.toAbsolutePath().normalize()),
                arguments.flag("exit-on-stdin-eof"));
    }

    String webUrl() {
        return "http://localhost:" + webPort;
    }

    String registryUrl() {
        return "http://localhost:" + registryPort;
    }

    String searchUrl() {
        return "http://localhost:" + searchPort;
    }

    Path logs() {
        return workDir.resolve("logs");
    }
}
