package dev.praxis.infra.opensearch;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;

import java.io.IOException;
import java.nio.file.Path;

/** One real OpenSearch node in this JVM, reachable over HTTP on localhost. */
public final class OpenSearchNode {

    public static final String CLUSTER_NAME = "praxis-test";

    private final OpenSearchRunner runner;
    private final int httpPort;

    private OpenSearchNode(OpenSearchRunner runner, int httpPort) {
        this.runner = runner;
        this.httpPort = httpPort;
    }

    /**
     * Starts the node and waits for yellow. The runner gives node n the HTTP port
     * {@code baseHttpPort + n} and silently moves on when it is busy, so the port is read back.
     */
    public static OpenSearchNode start(Path basePath, int preferredHttpPort) {
        var runner = new OpenSearchRunner();
        // the runner refuses ports above 9299 unless told otherwise
        runner.setMaxHttpPort(Math.min(65535, preferredHttpPort + 100));
        // a nearly full developer disk must not keep the primaries unassigned
        runner.onBuild((index, settings) -> settings.put("cluster.routing.allocation.disk.threshold_enabled", false));
        try {
            runner.build(OpenSearchRunner.newConfigs()
                    .basePath(basePath.toAbsolutePath().toString())
                    .numOfNode(1)
                    .baseHttpPort(preferredHttpPort - 1)
                    .clusterName(CLUSTER_NAME));
            runner.ensureYellow();
            int port = runner.node().injector().getInstance(HttpServerTransport.class)
                    .boundAddress().publishAddress().getPort();
            return new OpenSearchNode(runner, port);
        } catch (RuntimeException e) {
            closeAfterFailure(runner, e);
            throw e;
        }
    }

    private static void closeAfterFailure(OpenSearchRunner runner, RuntimeException failure) {
        try {
            runner.close();
        } catch (IOException | RuntimeException closeFailure) {
            failure.addSuppressed(closeFailure);
        } finally {
            runner.clean();
        }
    }

    public String url() {
        return "http://localhost:" + httpPort;
    }

    /** Stops the node and deletes its base path. */
    public void stop() throws IOException {
        try {
            runner.close();
        } finally {
            runner.clean();
        }
    }
}
