package dev.praxis.search.bench;

import java.io.IOException;

/**
 * How long search-service's JVM has spent compiling, from its actuator ({@code jvm.compilation.time}).
 * Its JIT keeps one of the two cores busy for minutes after searching starts; measured before it
 * settles, the service is charged for its own start-up (docs/performance.md).
 */
final class ServiceJit {

    private final Api api;
    private final String metricUrl;

    ServiceJit(Api api, String searchUrl) {
        this.api = api;
        this.metricUrl = searchUrl + "/actuator/metrics/jvm.compilation.time";
    }

    /** Milliseconds spent compiling since the service started. */
    double compilationMillis() throws IOException, InterruptedException {
        var body = Api.expectSuccess(api.get(metricUrl, api.tokenFor("admin")), "the service's compilation time");
        return body.get("measurements").get(0).get("value").asDouble();
    }
}
