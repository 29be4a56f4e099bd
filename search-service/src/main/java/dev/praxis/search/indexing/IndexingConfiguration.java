package dev.praxis.search.indexing;

import java.time.Clock;
import java.time.Duration;

import dev.praxis.search.catalog.PracticeIndex;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

    static final String CLIENT_REGISTRATION = "praxis-search";

    /** Outside any HTTP request, so the manager backed by the client service, not the request. */
    @Bean
    OAuth2AuthorizedClientManager serviceAccountClientManager(ClientRegistrationRepository registrations,
                                                              OAuth2AuthorizedClientService clients) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return manager;
    }

    @Bean
    RegistryFeed registryFeed(RestClient.Builder builder, OAuth2AuthorizedClientManager clientManager,
                              OAuth2AuthorizedClientService clients, IndexerProperties properties) {
        var tokens = new OAuth2ClientHttpRequestInterceptor(clientManager);
        tokens.setClientRegistrationIdResolver(request -> CLIENT_REGISTRATION);
        // A 401 from the registry drops the cached token, so the next poll fetches a fresh one.
        tokens.setAuthorizationFailureHandler(OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(clients));
        var timeouts = HttpClientSettings.defaults()
                .withConnectTimeout(Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(10));
        return new RegistryFeed(builder.clone()
                .baseUrl(properties.registryUrl().toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.detect().build(timeouts))
                .requestInterceptor(tokens)
                .build());
    }

    @Bean
    PracticeFeedConsumer practiceFeedConsumer(RegistryFeed feed, PracticeEventApplier applier, PracticeIndex index,
                                              ConsumerPositions positions, IndexerProperties properties,
                                              MeterRegistry meters) {
        var consumer = new PracticeFeedConsumer(feed, applier, index, positions, properties.batchSize(),
                Clock.systemUTC(), properties.cursorName());
        Gauge.builder("praxis.indexer.seconds.since.success", consumer, PracticeFeedConsumer::secondsSinceLastSuccess)
                .description("Seconds since the registry feed was last read to its end")
                .register(meters);
        return consumer;
    }

    @Bean
    IndexRebuilds indexRebuilds(PracticeIndex index, RegistryFeed feed, PracticeDocuments documents,
                                PracticeFeedConsumer consumer, IndexerProperties properties) {
        return new IndexRebuilds(index, feed, documents, consumer, properties.rebuildPageSize(),
                properties.rebuildBulksAtOnce(), Clock.systemUTC());
    }

    /** Polls with a fixed delay, so a slow page never overlaps the next poll. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "praxis.indexer.enabled", havingValue = "true", matchIfMissing = true)
    static class Polling implements SchedulingConfigurer {

        private final PracticeFeedConsumer consumer;
        private final IndexerProperties properties;

        Polling(PracticeFeedConsumer consumer, IndexerProperties properties) {
            this.consumer = consumer;
            this.properties = properties;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(consumer::pollQuietly, properties.pollDelay());
        }
    }
}
