package dev.praxis.search.opensearch;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.RestClientBuilder;
import org.opensearch.spring.boot.autoconfigure.OpenSearchProperties;
import org.opensearch.spring.boot.autoconfigure.RestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies {@code opensearch.socket-timeout}: the starter (3.0.2) binds it but never passes it to
 * the client, which then waits the REST client's own 30 s for an answer whatever is configured
 * (OpenSearchTimeoutIntegrationTests). A request that times out is a 503 (web/ApiErrors).
 */
@Configuration(proxyBeanMethods = false)
class OpenSearchTimeouts {

    @Bean
    RestClientBuilderCustomizer openSearchResponseTimeout(OpenSearchProperties properties) {
        return new RestClientBuilderCustomizer() {
            @Override
            public void customize(RestClientBuilder builder) {
            }

            @Override
            public void customize(RequestConfig.Builder requestConfig) {
                if (properties.getSocketTimeout() != null) {
                    requestConfig.setResponseTimeout(Timeout.ofMilliseconds(properties.getSocketTimeout().toMillis()));
                }
            }
        };
    }
}
