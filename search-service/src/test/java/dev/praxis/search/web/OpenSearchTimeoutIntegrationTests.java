package dev.praxis.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import dev.praxis.search.CuttableProxy;
import dev.praxis.search.FakeRegistry;
import dev.praxis.search.OpenSearchTestNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * OpenSearch accepts connections but answers nothing: the client's socket timeout (1 s here)
 * ends the wait, and the caller gets a 503 saying when to retry, not a 500. The indexer is off,
 * so only the requests of the test reach the stalled node.
 */
@SpringBootTest(properties = {"praxis.indexer.enabled=false", "opensearch.socket-timeout=1s"})
@AutoConfigureMockMvc
class OpenSearchTimeoutIntegrationTests {

    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(1);
    static final FakeRegistry registry = new FakeRegistry();
    static final CuttableProxy opensearch = new CuttableProxy(OpenSearchTestNode.url());

    @DynamicPropertySource
    static void wire(DynamicPropertyRegistry properties) {
        properties.add("opensearch.uris", opensearch::url);
        properties.add("praxis.indexer.registry-url", registry::url);
        properties.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> registry.url() + "/token");
    }

    @AfterEach
    void restore() {
        opensearch.restore();
    }

    @AfterAll
    static void closeProxy() {
        opensearch.close();
    }

    @Autowired
    MockMvc mvc;

    @Test
    void answers503WithRetryAfterWhenOpenSearchDoesNotAnswerInTime() throws Exception {
        mvc.perform(get("/api/v1/practices/search").param("q", "МФЦ")).andExpect(status().isOk());

        opensearch.stall();

        for (var request : new MockHttpServletRequestBuilder[] {
                get("/api/v1/practices/search").param("q", "МФЦ"),
                get("/api/v1/practices/search").param("region", "RU-KGD"),
                get("/api/v1/practices/suggestions").param("q", "мфц"),
                get("/api/v1/practices/{id}", UUID.randomUUID()),
                get("/api/v1/practices/{id}/similar", UUID.randomUUID())}) {
            long started = System.nanoTime();
            mvc.perform(request.header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/unavailable"))
                    .andExpect(jsonPath("$.title").value("Service unavailable"))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.detail").value("Search is temporarily unavailable, please retry later."));
            // The configured timeout ended the wait, not the default 30 s nor a dropped connection.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(SOCKET_TIMEOUT, Duration.ofSeconds(15));
        }

        opensearch.restore();
        mvc.perform(get("/api/v1/practices/search").param("q", "МФЦ")).andExpect(status().isOk());
    }

    @Test
    void stillRejectsAMalformedIdAtOnceWithoutAskingTheStalledNode() throws Exception {
        opensearch.stall();

        long started = System.nanoTime();
        mvc.perform(get("/api/v1/practices/{id}", "x".repeat(5000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SOCKET_TIMEOUT);
    }
}
