package dev.praxis.infra;

import dev.praxis.infra.opensearch.OpenSearchCommand;
import dev.praxis.infra.stack.StackCommand;

import java.util.Arrays;

/** Entry point: {@code java -jar praxis-launcher.jar COMMAND [options]}. */
public final class Launcher {

    private static final String USAGE = """
            Usage: java -jar praxis-launcher.jar COMMAND [options]
              opensearch --base-path DIR [--http-port 9201] --ready-file FILE [--exit-on-stdin-eof]
              stack [--work-dir .praxis-local] [--repo-root .] [--web-port 8080] [--registry-port 8081]
                    [--search-port 8082] [--keycloak-port 8180] [--keycloak-management-port 9000]
                    [--no-demo-data] [--ready-file FILE] [--exit-on-stdin-eof]
            """;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "opensearch" -> OpenSearchCommand.run(options);
                case "stack" -> StackCommand.run(options);
                default -> throw new InvalidArguments("Unknown command '" + args[0] + "'");
            }
        } catch (InvalidArguments e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }
}
