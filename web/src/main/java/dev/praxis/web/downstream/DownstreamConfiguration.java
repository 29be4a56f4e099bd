package dev.praxis.web.downstream;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** One {@link RestClient} per service, each relaying the signed-in user's access token. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceProperties.class)
class DownstreamConfiguration {

    @Bean
    @Qualifier("registry")
    RestClient registry(RestClient.Builder builder, ServiceProperties services,
            OAuth2ClientHttpRequestInterceptor tokenRelay, ProblemTranslator problems) {
        return client(builder, services.registryUrl().toString(), tokenRelay, problems);
    }

    @Bean
    @Qualifier("search")
    RestClient search(RestClient.Builder builder, ServiceProperties services,
            OAuth2ClientHttpRequestInterceptor tokenRelay, ProblemTranslator problems) {
        return client(builder, services.searchUrl().toString(), tokenRelay, problems);
    }

    @Bean
    OAuth2ClientHttpRequestInterceptor tokenRelay(OAuth2AuthorizedClientManager clients,
            OAuth2AuthorizedClientRepository authorizedClients) {
        var relay = new OAuth2ClientHttpRequestInterceptor(clients);
        relay.setClientRegistrationIdResolver(new SignedInUserOnly());
        // A token the service rejects as invalid is forgotten, so the next page signs the user in again.
        relay.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        return relay;
    }

    @Bean
    ProblemTranslator problemTranslator(JsonMapper json) {
        return new ProblemTranslator(json);
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl,
            OAuth2ClientHttpRequestInterceptor tokenRelay, ProblemTranslator problems) {
        return builder.clone()
                .baseUrl(baseUrl)
                .requestInterceptor(tokenRelay)
                .defaultStatusHandler(status -> status.isError(), problems)
                .build();
    }
}
