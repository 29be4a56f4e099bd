package dev.praxis.web.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

class ProblemTranslatorTests {

    private final RestClient.Builder builder = RestClient.builder()
            .baseUrl("http://registry")
            .defaultStatusHandler(status -> status.isError(), new ProblemTranslator(JsonMapper.builder().build()));
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
    private final RestClient client = builder.build();

    @Test
    void turnsA400ProblemIntoRejectedInputWithItsFields() {
        answer(HttpStatus.BAD_REQUEST, """
                {"type":"https://praxis.dev/problems/validation","title":"Invalid request","status":400,
                 "errors":[{"field":"steps[0].title","rule":"NotBlank","message":"must not be blank"}]}""");

        var rejected = catchThrowableOfType(ServiceException.InputRejected.class, this::call);

        assertThat(rejected.problem().errors())
                .containsExactly(new Problem.FieldProblem("steps[0].title", "NotBlank", "must not be blank"));
    }

    @Test
    void turnsA409IntoAViolatedRuleNamingIt() {
        answer(HttpStatus.CONFLICT, """
                {"type":"https://praxis.dev/problems/rule-violated","status":409,"rule":"steps-required"}""");

        var violated = catchThrowableOfType(ServiceException.RuleViolated.class, this::call);

        assertThat(violated.problem().rule()).isEqualTo("steps-required");
    }

    @Test
    void turnsA404IntoARefusalWithItsStatus() {
        answer(HttpStatus.NOT_FOUND, "{\"type\":\"https://praxis.dev/problems/not-found\",\"status\":404}");

        assertThat(catchThrowableOfType(ServiceException.Refused.class, this::call).status()).isEqualTo(404);
    }

    @Test
    void turnsA5xxWithoutAProblemBodyIntoUnavailable() {
        server.expect(requestTo("http://registry/api/v1/regions"))
                .andRespond(withStatus(HttpStatus.BAD_GATEWAY).contentType(MediaType.TEXT_HTML).body("<h1>Bad</h1>"));

        assertThat(catchThrowableOfType(ServiceException.Unavailable.class, this::call).status()).isEqualTo(502);
    }

    private void answer(HttpStatus status, String problem) {
        server.expect(requestTo("http://registry/api/v1/regions"))
                .andRespond(withStatus(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }

    private void call() {
        client.get().uri("/api/v1/regions").retrieve().toBodilessEntity();
    }
}
