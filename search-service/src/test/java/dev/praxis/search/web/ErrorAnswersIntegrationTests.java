package dev.praxis.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.praxis.search.FakeRegistry;
import dev.praxis.search.OpenSearchTestNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the service answers is problem+json, whoever produces it: a controller, Spring MVC
 * (unknown path, method, media type), Spring Security's firewall, or Tomcat itself. The real
 * server on a random port, asked byte for byte, since MockMvc passes neither the firewall's
 * rejection handler nor Tomcat's error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "praxis.indexer.enabled=false")
class ErrorAnswersIntegrationTests {

    static final FakeRegistry registry = new FakeRegistry();
    static final String STAFF = "Authorization: Bearer coordinator-token";
    static final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void wire(DynamicPropertyRegistry properties) {
        properties.add("opensearch.uris", OpenSearchTestNode::url);
        properties.add("praxis.indexer.registry-url", registry::url);
        properties.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> registry.url() + "/token");
    }

    /**
     * One known token of a coordinator, so requests get past authorisation without Keycloak, and
     * an endpoint that fails as no real one should.
     */
    @TestConfiguration
    static class Tokens {

        @Bean
        Failing failing() {
            return new Failing();
        }

        @Bean
        JwtDecoder jwtDecoder() {
            return token -> {
                if (!"coordinator-token".equals(token)) {
                    throw new BadJwtException("unknown test token");
                }
                return Jwt.withTokenValue(token).header("alg", "none").subject("coordinator")
                        .claim("preferred_username", "coordinator")
                        .claim("realm_access", Map.of("roles", List.of("coordinator", "admin")))
                        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600)).build();
            };
        }
    }

    @RestController
    static class Failing {

        @GetMapping("/api/v1/practices/test/failure")
        String fail() {
            throw new IllegalStateException("secret internals");
        }
    }

    @LocalServerPort
    int port;

    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    static final String NOT_FOUND = "https://praxis.dev/problems/not-found";
    static final String MALFORMED = "https://praxis.dev/problems/malformed-request";
    /** RFC 9457's default type: the status says it all. */
    static final String BLANK = "about:blank";

    static Stream<Arguments> errors() {
        return Stream.of(
                // Spring MVC
                Arguments.of("unknown path under the API", "GET", "/api/v1/practices/no/such/path", List.of(), 404, NOT_FOUND),
                Arguments.of("unknown path, signed in", "GET", "/nothing-here", List.of(STAFF), 404, NOT_FOUND),
                Arguments.of("unknown path, anonymous", "GET", "/nothing-here", List.of(),
                        401, "https://praxis.dev/problems/unauthorized"),
                Arguments.of("method not allowed", "DELETE", "/api/v1/practices/search", List.of(STAFF), 405, BLANK),
                Arguments.of("method not allowed, public", "POST", "/actuator/health", List.of(), 405, BLANK),
                Arguments.of("not acceptable", "GET", "/api/v1/practices/search?q=x", List.of("Accept: application/xml"), 406, BLANK),
                Arguments.of("an unexpected failure", "GET", "/api/v1/practices/test/failure", List.of(),
                        500, "https://praxis.dev/problems/internal"),
                Arguments.of("the error page asked directly", "GET", "/error", List.of(), 404, NOT_FOUND),
                // Spring Security's firewall
                Arguments.of("encoded dot segment", "GET", "/api/v1/practices/%2e%2e/x", List.of(), 400, MALFORMED),
                Arguments.of("double slash", "GET", "//api/v1/practices/search", List.of(), 400, MALFORMED),
                Arguments.of("path parameter", "GET", "/api/v1/practices/search;jsessionid=abc", List.of(), 400, MALFORMED),
                Arguments.of("encoded percent", "GET", "/api/v1/practices/a%25b", List.of(), 400, MALFORMED),
                // U+0085 is NEXT LINE: a line break inside a header value that Tomcat passes on.
                Arguments.of("line break in a header", "GET", "/api/v1/practices/search",
                        List.of("Authorization: Bearer a\u0085b"), 400, MALFORMED),
                // Tomcat, before Spring sees the request
                Arguments.of("encoded slash", "GET", "/api/v1/practices/a%2Fb", List.of(), 400, MALFORMED),
                Arguments.of("encoded backslash", "GET", "/api/v1/practices/a%5Cb", List.of(), 400, MALFORMED),
                Arguments.of("raw backslash", "GET", "/api/v1/practices/a\\b", List.of(), 400, MALFORMED),
                Arguments.of("control character in a header", "GET", "/api/v1/practices/search",
                        List.of("X-Note: a\u0007b"), 400, MALFORMED),
                Arguments.of("character a URL may not hold", "GET", "/api/v1/practices/a{b", List.of(), 400, MALFORMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void answersProblemJson(String what, String method, String target, List<String> headers, int status, String type)
            throws Exception {
        var answer = http.send(method, target, headers.toArray(String[]::new));

        String seen = answer.status() + " " + answer.header("Content-Type") + "\n" + answer.body();
        assertThat(answer.status()).as(seen).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(seen).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as(seen).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(seen).isNotBlank();
        assertThat(problem.path("detail").asString()).as(seen).isNotBlank();
        // Spring leaves the default type out of the body.
        String actualType = problem.has("type") ? problem.get("type").asString() : BLANK;
        assertThat(actualType).as(seen).isEqualTo(type);
        assertThat(answer.body()).as(seen).doesNotContain("<html", "Exception", "trace", "org.springframework", "Tomcat",
                "secret internals");
    }
}
