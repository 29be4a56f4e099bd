package dev.praxis.registry.web;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat refuses some requests before any filter sees them (an encoded slash or backslash, a raw
 * backslash or space in the URL, a control character in a header) and answers them from its error
 * report valve with an HTML page. The valve here answers problem details instead, like the rest of the API.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorsAsProblems {

    /** After Boot's own customizer, which adds a plain {@link ErrorReportValve} that this one replaces. */
    @Bean
    ProblemReportValveInstaller problemReportValve(JsonMapper json) {
        return new ProblemReportValveInstaller(json);
    }

    record ProblemReportValveInstaller(JsonMapper json)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemReportValve(json));
                    // The host adds a valve of this class when it starts unless one is there already.
                    host.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    static final class ProblemReportValve extends ErrorReportValve {

        private final JsonMapper json;

        ProblemReportValve(JsonMapper json) {
            this.json = json;
        }

        /** The same guards as Tomcat's own report: only an error, only once, only if nothing was written. */
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            var code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            var status = HttpStatus.resolve(code);
            var title = status == null ? "Error" : status.getReasonPhrase();
            var detail = code >= 500 ? "The request could not be completed; try again later"
                    : "The request is not valid HTTP or its URL or headers hold characters that are not allowed";
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", ProblemDetailsAdvice.typeOf(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status).toString());
            problem.put("title", title);
            problem.put("status", code);
            problem.put("detail", detail);
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                // The reporter is the writer Tomcat lends for error reports, null when none may be written.
                var writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response is unusable: nothing left to tell the caller.
            }
        }
    }
}
