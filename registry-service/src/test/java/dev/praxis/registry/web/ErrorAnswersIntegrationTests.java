package dev.praxis.registry.web;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.EmbeddedPostgresInitializer;
import dev.praxis.registry.support.RawHttp;
import dev.praxis.registry.support.TestTokens;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error answer is problem details, also those MockMvc never sees: requests Tomcat or the
 * security firewall refuse before any controller, the container's error page, and Spring MVC's own
 * 404/405/406/415. Raw HTTP against the running server, byte for byte.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@Import(TestTokens.class)
class ErrorAnswersIntegrationTests {

    private static final String JSON = "Content-Type: application/json";

    @LocalServerPort
    int port;

    private RawHttp http;
    private final String author = TestTokens.bearer(Users.author());
    private final String coordinator = TestTokens.bearer(Users.coordinator());

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
    }

    // --- refused before any filter or by the firewall ---

    @ParameterizedTest
    @ValueSource(strings = {"//api/v1/regions", "/api/v1/%2e%2e/v1/regions", "/api/v1/regions;jsessionid=1",
            "/api/v1%2Fregions", "/api/v1\\regions", "/api/v1/%5Cregions", "/api/v1/re gions"})
    void refusesAnAmbiguousUrlWithProblemDetails(String target) throws Exception {
        assertProblem(http.get(target), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept: application/json\u0085", "Authorization: Bearer \u0001", "X-Trace: a\u0001b"})
    void refusesANonPrintableHeaderValueWithProblemDetails(String header) throws Exception {
        assertProblem(http.get("/api/v1/regions", header), 400);
    }

    @Test
    void namesAQueryParameterHoldingANul() throws Exception {
        var response = http.get("/api/v1/practices?status=SUB%00MITTED", coordinator);

        assertProblem(response, 400);
        assertThat(errors(response)).containsExactly(Map.of("field", "status", "rule", "NoControlCharacters",
                "message", "must not contain the control character U+0000 (of the control characters only tab, line feed and carriage return are allowed)"));
    }

    @Test
    void refusesAPageWhoseOffsetWouldOverflow() throws Exception {
        var response = http.get("/api/v1/practices?page=2147483647&size=100", coordinator);

        assertProblem(response, 400);
        assertThat(errors(response)).extracting(error -> error.get("field") + " " + error.get("rule"))
                .containsExactly("page Max");
    }

    // --- form bodies ---

    @Test
    void refusesAFormBodyWithABrokenEscapeOnPut() throws Exception {
        var response = http.send("PUT", "/api/v1/practices/" + UUID.randomUUID(), "title=%zz", author,
                "Content-Type: application/x-www-form-urlencoded");

        assertProblem(response, 415);
    }

    @Test
    void refusesAFormBodyWithABrokenEscapeOnPost() throws Exception {
        var response = http.send("POST", "/api/v1/practices", "title=%zz", author,
                "Content-Type: application/x-www-form-urlencoded");

        assertProblem(response, 400);
        assertThat(errors(response)).extracting(error -> error.get("rule")).containsExactly("MalformedParameters");
    }

    @Test
    void refusesAQueryWithABrokenEscape() throws Exception {
        var response = http.get("/api/v1/practices?status=%zz", coordinator);

        assertProblem(response, 400);
        assertThat(errors(response)).extracting(error -> error.get("rule")).containsExactly("MalformedParameters");
    }

    // --- Spring MVC's own errors and the error page ---

    @Test
    void answersAnUnknownPathWithNotFound() throws Exception {
        var response = http.get("/api/v1/nothing-here", author);

        assertProblem(response, 404);
        assertThat(type(response)).isEqualTo("https://praxis.dev/problems/not-found");
    }

    @Test
    void answersAnUnsupportedMethodWithMethodNotAllowed() throws Exception {
        var response = http.send("DELETE", "/api/v1/regions", null, author);

        assertProblem(response, 405);
        assertThat(type(response)).isEqualTo("https://praxis.dev/problems/method-not-allowed");
    }

    @Test
    void answersAnUnsupportedBodyTypeWithUnsupportedMediaType() throws Exception {
        var response = http.send("POST", "/api/v1/practices", "title", author, "Content-Type: text/plain");

        assertProblem(response, 415);
        assertThat(type(response)).isEqualTo("https://praxis.dev/problems/unsupported-media-type");
    }

    @Test
    void answersAnUnservableAcceptWithNotAcceptableStillInProblemDetails() throws Exception {
        var response = http.get("/api/v1/regions", "Accept: text/html");

        assertProblem(response, 406);
        assertThat(type(response)).isEqualTo("https://praxis.dev/problems/not-acceptable");
    }

    @Test
    void answersTheErrorPageItselfWithProblemDetailsWithoutInternals() throws Exception {
        var response = http.get("/error", "Accept: text/html");

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("Exception", "trace");
    }

    @Test
    void stillAnswersGoodRequests() throws Exception {
        var response = http.get("/api/v1/regions");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("RU-KGD");
        var health = http.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
    }

    // --- security ---

    @Test
    void answersMissingOrBadTokensAndWrongRolesWithProblemDetails() throws Exception {
        assertProblem(http.get("/api/v1/practices/mine"), 401);
        assertProblem(http.get("/api/v1/practices/mine", "Authorization: Bearer not-a-token"), 401);
        assertProblem(http.get("/api/v1/practices", author), 403);
        assertProblem(http.send("POST", "/api/v1/practices", "{}", coordinator, JSON), 403);
    }

    private static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        Map<String, Object> problem = JsonPath.read(response.body(), "$");
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat(problem.get("type")).asString().startsWith("https://praxis.dev/problems/");
        assertThat(problem.get("title")).asString().isNotBlank();
        assertThat(problem.get("detail")).asString().isNotBlank();
    }

    private static String type(RawHttp.Response response) {
        return JsonPath.read(response.body(), "$.type");
    }

    private static List<Map<String, Object>> errors(RawHttp.Response response) {
        return JsonPath.read(response.body(), "$.errors");
    }
}
