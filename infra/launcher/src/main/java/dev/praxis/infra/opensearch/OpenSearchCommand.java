package dev.praxis.infra.opensearch;

import dev.praxis.infra.Arguments;
import dev.praxis.infra.Lifecycle;
import dev.praxis.infra.ReadyFile;

import java.util.Map;
import java.util.Set;

/** {@code opensearch --base-path DIR [--http-port 9201] --ready-file FILE [--exit-on-stdin-eof]}. */
public final class OpenSearchCommand {

    public static final int DEFAULT_HTTP_PORT = 9201;

    private OpenSearchCommand() {
    }

    public static void run(String[] args) throws Exception {
        var arguments = Arguments.parse(args, Set.of("base-path", "http-port", "ready-file"), Set.of("exit-on-stdin-eof"));
        var basePath = arguments.requiredPath("base-path");
        var readyFile = arguments.requiredPath("ready-file");
        int httpPort = arguments.port("http-port", DEFAULT_HTTP_PORT);

        var lifecycle = new Lifecycle(arguments.flag("exit-on-stdin-eof"));
        ReadyFile.delete(readyFile);
        long startedAt = System.nanoTime();
        var node = OpenSearchNode.start(basePath, httpPort);
        lifecycle.onStop("OpenSearch", node::stop);
        ReadyFile.write(readyFile, Map.of("opensearch.url", node.url()));
        lifecycle.onStop("ready file", () -> ReadyFile.delete(readyFile));
        System.out.printf("[launcher] OpenSearch ready at %s in %.1f s%n", node.url(), (System.nanoTime() - startedAt) / 1e9);
        lifecycle.awaitStop();
    }
}
