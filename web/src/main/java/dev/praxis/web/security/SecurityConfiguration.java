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
 * Sign-in through Keycloak (OIDC authorization code) and the page rules per role. The author's,
 * coordinator's, official's and admin's pages need a signed-in user with the right role; any other
 * page is public to read (an unknown one answers 404), and every change needs a signed-in user.
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
                        // The signed-in parts are listed; a new one must be added here (PageAccessTests fails otherwise).
                        .requestMatchers("/my/**").hasRole("author")
                        .requestMatchers("/coordination/**").hasRole("coordinator")
                        .requestMatchers("/admin/**").hasRole("admin")
                        .requestMatchers("/practices/*/replicate").hasRole("region-official")
                        .requestMatchers("/replications", "/replications/**").authenticated()
                        .requestMatchers("/notifications", "/notifications/**").authenticated()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").authenticated()
                        // Everything else is public to read: the catalogue, published practices, static files,
                        // and an unknown address, which answers 404 instead of sending the visitor to sign in.
                        // HEAD is a GET without the body (RFC 9110, 9.3.2): a link checker gets the same answer.
                        .requestMatchers(GET, "/**").permitAll()
                        .requestMatchers(HEAD, "/**").permitAll()
                        // A change needs a signed-in user wherever it is sent.
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
