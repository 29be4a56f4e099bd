package dev.praxis.search.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers some requests itself, before Spring sees them (an encoded slash or backslash in
 * the path, a character a URL may not hold, a control character in a header), with its HTML error
 * page. This puts a valve writing problem+json in place of the host's {@link ErrorReportValve}.
 * Ordered last, so that it runs after Boot's own customizer has added the HTML one.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;
    private final JsonMapper json;

    TomcatErrorReports(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // The host adds a valve of this class on start unless one is there: this one.
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            host.getPipeline().addValve(new ProblemReportValve(messages, json));
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report, as problem+json; an answer that has a body already is left alone. */
    static final class ProblemReportValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

        private final MessageSource messages;
        private final JsonMapper json;

        ProblemReportValve(MessageSource messages, JsonMapper json) {
            this.messages = messages;
            this.json = json;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            var ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                var body = new ByteArrayOutputStream();
                // Russian, as everywhere by default: the headers of such a request may not be readable.
                Problems.write(body, json, Problems.ofStatus(status, messages, RUSSIAN));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                var reporter = response.getReporter();
                if (reporter != null) {
                    reporter.write(body.toString(StandardCharsets.UTF_8));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Could not write the error report of a {}", status, e);
            }
        }
    }
}
