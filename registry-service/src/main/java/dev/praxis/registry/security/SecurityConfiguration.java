package dev.praxis.registry.security;

import dev.praxis.registry.common.web.ControlCharacters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.ExpressionJwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.registry.common.Actor.ADMIN;
import static dev.praxis.registry.common.Actor.AUTHOR;
import static dev.praxis.registry.common.Actor.COORDINATOR;
import static dev.praxis.registry.common.Actor.EXPERT;
import static dev.praxis.registry.common.Actor.INDEXER;
import static dev.praxis.registry.common.Actor.REGION_OFFICIAL;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Stateless resource server for Keycloak tokens. Roles per endpoint live here, in one table;
 * ownership rules (only the author edits, who may see what) live in the domain.
 */
@Configuration
class SecurityConfiguration {

    static final String PROBLEMS = "https://praxis.dev/problems/";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain api(HttpSecurity http, JsonMapper json) {
        var unauthorized = unauthorized(json);
        var forbidden = forbidden(json);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers(reading("/api/v1/regions", "/api/v1/directions")).permitAll()
                        .requestMatchers(reading("/api/v1/practices/mine")).hasRole(AUTHOR)
                        .requestMatchers(reading("/api/v1/practices")).hasRole(COORDINATOR)
                        // Approved practices are public; the service hides what a caller may not see.
                        .requestMatchers(reading("/api/v1/practices/*", "/api/v1/practices/*/history",
                                "/api/v1/practices/*/versions", "/api/v1/practices/*/versions/*")).permitAll()
                        .requestMatchers(reading("/api/v1/practices/*/attachments", "/api/v1/practices/*/attachments/*",
                                "/api/v1/practices/*/attachments/*/thumbnail")).permitAll()
                        .requestMatchers(POST, "/api/v1/practices/*/attachments").hasRole(AUTHOR)
                        .requestMatchers(DELETE, "/api/v1/practices/*/attachments/*").hasRole(AUTHOR)
                        .requestMatchers(POST, "/api/v1/practices", "/api/v1/practices/*/submit",
                                "/api/v1/practices/*/withdraw").hasRole(AUTHOR)
                        .requestMatchers(PUT, "/api/v1/practices/*").hasRole(AUTHOR)
                        .requestMatchers(DELETE, "/api/v1/practices/*").hasRole(AUTHOR)
                        .requestMatchers(POST, "/api/v1/practices/*/start-screening", "/api/v1/practices/*/start-review",
                                "/api/v1/practices/*/request-revision", "/api/v1/practices/*/approve",
                                "/api/v1/practices/*/reject", "/api/v1/practices/*/recommend",
                                "/api/v1/practices/*/archive").hasRole(COORDINATOR)
                        // Expert review (docs/review.md): the service narrows each answer to what the caller may see.
                        .requestMatchers(reading("/api/v1/experts/me")).hasRole(EXPERT)
                        .requestMatchers(PUT, "/api/v1/experts/me").hasRole(EXPERT)
                        .requestMatchers(reading("/api/v1/experts", "/api/v1/experts/*")).hasRole(COORDINATOR)
                        .requestMatchers(PUT, "/api/v1/experts/*").hasRole(COORDINATOR)
                        .requestMatchers(reading("/api/v1/rubric")).authenticated()
                        .requestMatchers(PUT, "/api/v1/rubric").hasRole(ADMIN)
                        .requestMatchers(POST, "/api/v1/practices/*/review/invitations").hasRole(COORDINATOR)
                        .requestMatchers(reading("/api/v1/practices/*/review/conflicts")).hasRole(COORDINATOR)
                        .requestMatchers(reading("/api/v1/practices/*/review/rounds")).authenticated()
                        .requestMatchers(reading("/api/v1/me/invitations")).hasRole(EXPERT)
                        .requestMatchers(reading("/api/v1/invitations/*/review")).hasRole(EXPERT)
                        .requestMatchers(PUT, "/api/v1/invitations/*/review").hasRole(EXPERT)
                        .requestMatchers(POST, "/api/v1/invitations/*/accept", "/api/v1/invitations/*/decline",
                                "/api/v1/invitations/*/review/submit").hasRole(EXPERT)
                        .requestMatchers(POST, "/api/v1/replications").hasRole(REGION_OFFICIAL)
                        .requestMatchers(reading("/api/v1/replications/mine")).hasRole(REGION_OFFICIAL)
                        .requestMatchers(reading("/api/v1/replications/mentoring")).hasRole(AUTHOR)
                        .requestMatchers(reading("/api/v1/replications/*")).authenticated()
                        .requestMatchers(reading("/internal/v1/practice-events", "/internal/v1/practice-cards")).hasRole(INDEXER)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(keycloakRealmRoles()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden)
                        .withObjectPostProcessor(failingWith(tokenNotChecked(unauthorized, json))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    /**
     * Spring Security's firewall with one addition: a request parameter (query or form) holding a
     * control character other than tab, line feed and carriage return is refused too, as in JSON bodies.
     */
    @Bean
    StrictHttpFirewall httpFirewall() {
        var firewall = new StrictHttpFirewall();
        firewall.setAllowedParameterNames(name -> ControlCharacters.firstRefused(name) < 0);
        firewall.setAllowedParameterValues(value -> ControlCharacters.firstRefused(value) < 0);
        return firewall;
    }

    /**
     * The firewall refuses requests whose URL or header values could be read two ways ({@code //},
     * {@code %2e%2e}, {@code ;}, {@code %2F}, a backslash, control characters). By default it sends a bare
     * 400 that ends on the container's error page; here the caller gets problem details, written before
     * any dispatch: a validation problem naming the parameter for a control character in one, otherwise
     * {@code request-rejected} with the firewall's reason.
     */
    @Bean
    RequestRejectedHandler requestRejectedAsProblem(JsonMapper json) {
        return (request, response, exception) -> {
            log.debug("Request refused by the firewall: {}", exception.getMessage());
            var errors = parametersWithControlCharacters(request);
            if (errors.isEmpty()) {
                writeProblem(response, json, HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected",
                        exception.getMessage(), null);
            } else {
                writeProblem(response, json, HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                        errors.size() == 1 ? errors.getFirst().get("field") + " " + errors.getFirst().get("message")
                                : "%d fields are invalid".formatted(errors.size()), errors);
            }
        };
    }

    /** The request as it came, not the firewall's wrapper, which would refuse the reading again. */
    private static List<Map<String, Object>> parametersWithControlCharacters(HttpServletRequest request) {
        var errors = new ArrayList<Map<String, Object>>();
        try {
            request.getParameterMap().forEach((name, values) -> {
                var refused = ControlCharacters.firstRefused(name);
                for (var value : values) {
                    refused = refused >= 0 ? refused : ControlCharacters.firstRefused(value);
                }
                if (refused >= 0) {
                    var error = new LinkedHashMap<String, Object>();
                    error.put("field", name);
                    error.put("rule", ControlCharacters.RULE);
                    error.put("message", ControlCharacters.message(refused));
                    errors.add(error);
                }
            });
        } catch (RuntimeException unreadable) {
            // Parameters that cannot even be parsed name no field; the firewall's reason is all there is.
        }
        return errors;
    }

    /** Keycloak puts realm roles in the nested claim {@code realm_access.roles}; they become {@code ROLE_<role>}. */
    static JwtAuthenticationConverter keycloakRealmRoles() {
        var authorities = new ExpressionJwtGrantedAuthoritiesConverter(
                new SpelExpressionParser().parseExpression("[realm_access][roles]"));
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    private static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        var bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception); // status and WWW-Authenticate
            writeProblem(response, json, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                    "A valid bearer token is required for this request", null);
        };
    }

    /**
     * Spring Security rethrows an {@link AuthenticationServiceException} (the token could not be checked,
     * typically because Keycloak's keys cannot be fetched), which would end as a 500. Keycloak being down
     * is a temporary outage, not the caller's fault: 503. Every other failure is a bad token: 401.
     */
    private static AuthenticationFailureHandler tokenNotChecked(AuthenticationEntryPoint unauthorized, JsonMapper json) {
        return (request, response, exception) -> {
            if (!(exception instanceof AuthenticationServiceException)) {
                unauthorized.commence(request, response, exception);
                return;
            }
            log.warn("Cannot check a bearer token: {}", exception.getMessage());
            writeProblem(response, json, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                    "The identity provider cannot be reached; try again later", null);
        };
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

    private static AccessDeniedHandler forbidden(JsonMapper json) {
        var bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            bearer.handle(request, response, exception);
            writeProblem(response, json, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Your roles do not allow this request", null);
        };
    }

    private static void writeProblem(HttpServletResponse response, JsonMapper json, HttpStatus status,
                                     String type, String title, String detail, List<?> errors) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", PROBLEMS + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * GET or HEAD: a HEAD is a GET without the body (RFC 9110, 9.3.2), so it is allowed exactly where
     * the GET is; a monitor or link checker asking HEAD of something public never gets a 401.
     */
    private static RequestMatcher reading(String... patterns) {
        var paths = PathPatternRequestMatcher.withDefaults();
        var matchers = new ArrayList<RequestMatcher>();
        for (String pattern : patterns) {
            matchers.add(paths.matcher(HttpMethod.GET, pattern));
            matchers.add(paths.matcher(HttpMethod.HEAD, pattern));
        }
        return new OrRequestMatcher(matchers);
    }
}
