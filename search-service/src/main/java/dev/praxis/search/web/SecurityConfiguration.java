package dev.praxis.search.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.ExpressionJwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless resource server. The OAuth2 client starter is only here for the indexer's
 * client-credentials calls: this chain (being defined at all) keeps Boot from adding
 * {@code oauth2Login} and sessions.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Bean
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, JsonMapper json) throws Exception {
        var bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
        var bearerAccessDenied = new BearerTokenAccessDeniedHandler();
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            bearerEntryPoint.commence(request, response, e);
            write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Unauthorized",
                    messages.getMessage("problem.unauthorized", null, locale(request))));
        };
        AccessDeniedHandler forbidden = (request, response, e) -> {
            bearerAccessDenied.handle(request, response, e);
            write(response, json, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                    messages.getMessage("problem.forbidden", null, locale(request))));
        };
        // Spring Security rethrows an AuthenticationServiceException (the token could not be checked, typically
        // because Keycloak's keys cannot be fetched) and it would end as a 500. Keycloak being down is a
        // temporary outage, not the caller's fault: 503. Every other failure is a bad token: 401.
        AuthenticationFailureHandler tokenNotChecked = (request, response, e) -> {
            if (!(e instanceof AuthenticationServiceException)) {
                unauthorized.commence(request, response, e);
                return;
            }
            log.warn("Cannot check a bearer token: {}", e.getMessage());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
            write(response, json, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.UNAVAILABLE, "Service unavailable",
                    messages.getMessage("problem.identity-unavailable", null, locale(request))));
        };
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests
                        // HEAD is a GET without the body (RFC 9110, 9.3.2): a monitor asking it must not get a 401.
                        .requestMatchers(HttpMethod.GET, "/api/v1/practices/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/v1/practices/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("admin")
                        .requestMatchers("/api/v1/admin/**").hasRole("admin")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoles()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden)
                        .withObjectPostProcessor(failingWith(tokenNotChecked)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    /**
     * The firewall ({@code StrictHttpFirewall}) refuses paths with encoded dots, double slashes,
     * {@code ;} parameters, backslashes, encoded percent signs, and header values with control
     * characters, before any filter reads them: a 400 problem, not a forward to the error page.
     */
    @Bean
    RequestRejectedHandler requestRejected(MessageSource messages, JsonMapper json) {
        return (request, response, e) -> {
            // Not the firewall's message: it quotes the offending header, which may be a token.
            log.debug("Request to {} refused by the firewall", request.getRequestURI());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            // Not locale(request): reading a header of a rejected request could be rejected again.
            write(response, json, Problems.ofStatus(HttpStatus.BAD_REQUEST.value(), messages, RUSSIAN));
        };
    }

    /**
     * No observation around each security filter, authentication and authorization: the request's
     * own {@code http.server.requests} observation already times the whole call, and the extra ones
     * cost about a quarter of the service's own CPU per search (docs/performance.md).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Keycloak realm roles ({@code realm_access.roles}) become {@code ROLE_<role>}. */
    static JwtAuthenticationConverter realmRoles() {
        var authorities = new ExpressionJwtGrantedAuthoritiesConverter(
                new SpelExpressionParser().parseRaw("[realm_access]?.[roles]"));
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    /** The resource server configurer offers no setter for its filter's failure handler. */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> failingWith(AuthenticationFailureHandler handler) {
        // An anonymous class, not a lambda: Spring Security reads the type argument to pick the filter.
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(handler);
                return filter;
            }
        };
    }

    private static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? RUSSIAN : request.getLocale();
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Problems.write(response.getOutputStream(), json, problem);
    }
}
