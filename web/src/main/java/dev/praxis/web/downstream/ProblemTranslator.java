package dev.praxis.web.downstream;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns a service's error answer into a {@link ServiceException}, so no 4xx ever becomes a 500 page. */
class ProblemTranslator implements RestClient.ResponseSpec.ErrorHandler {

    private final JsonMapper json;

    ProblemTranslator(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        Problem problem = read(response);
        throw switch (status) {
            case 400 -> new ServiceException.InputRejected(problem);
            case 409 -> new ServiceException.RuleViolated(problem);
            case 412 -> new ServiceException.ChangedMeanwhile(problem);
            default -> status >= 500 ? new ServiceException.Unavailable(status, problem)
                    : new ServiceException.Refused(status, problem);
        };
    }

    private Problem read(ClientHttpResponse response) {
        try {
            byte[] body = response.getBody().readAllBytes();
            return body.length == 0 ? Problem.empty() : json.readValue(body, Problem.class);
        } catch (IOException | JacksonException notAProblem) {
            // A proxy's HTML error page or a cut connection: the status alone still says enough.
            return Problem.empty();
        }
    }
}
