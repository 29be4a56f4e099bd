package dev.praxis.web.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;

import dev.praxis.web.downstream.ServiceProperties;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sign-in through Keycloak (OIDC authorization code) and the page rules per role. The catalogue
 * and published practices are public; everything else needs a signed-in user with the right role.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({ServiceProperties.class, OAuth2ClientProperties.class})
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations, LocaleResolver locales)
            throws Exception {
        var keycloakLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        keycloakLogout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(pages -> pages
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        // HEAD is a GET without the body (RFC 9110, 9.3.2): a link checker must not be sent to sign in.
                        .requestMatchers(GET, "/", "/search", "/suggestions", "/practices/*").permitAll()
                        .requestMatchers(HEAD, "/", "/search", "/suggestions", "/practices/*").permitAll()
                        // Files of a practice: the registry decides who may see them, as for the card.
                        .requestMatchers(GET, "/practices/*/attachments/*", "/practices/*/attachments/*/thumbnail").permitAll()
                        .requestMatchers(HEAD, "/practices/*/attachments/*", "/practices/*/attachments/*/thumbnail").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/my/**").hasRole("author")
                        .requestMatchers("/coordination/**").hasRole("coordinator")
                        .requestMatchers("/admin/**").hasRole("admin")
                        .requestMatchers("/practices/*/replicate").hasRole("region-official")
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(authorization -> authorization
                                .authorizationRequestResolver(new LoginPageLocale(registrations, locales)))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RealmRoleAuthorities())))
                .logout(logout -> logout.logoutSuccessHandler(keycloakLogout));
        return http.build();
    }

    /**
     * Boot's registrations plus Keycloak's end-session endpoint: with explicit endpoints instead of
     * issuer discovery nothing else tells the logout handler where Keycloak signs the user out.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(OAuth2ClientProperties properties, ServiceProperties services) {
        String endSession = services.issuerUri() + "/protocol/openid-connect/logout";
        return new InMemoryClientRegistrationRepository(new OAuth2ClientPropertiesMapper(properties)
                .asClientRegistrations().values().stream()
                .map(registration -> ClientRegistration.withClientRegistration(registration)
                        .providerConfigurationMetadata(Map.of("end_session_endpoint", endSession))
                        .build())
                .toList());
    }
}
