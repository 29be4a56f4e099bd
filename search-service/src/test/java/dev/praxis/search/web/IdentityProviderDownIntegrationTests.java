package dev.praxis.search.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.praxis.search.IntegrationTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keycloak is down: nothing listens on port 1, so fetching its keys fails at once. The indexer
 * is off in this context so it does not poll the feed beside the shared context's one.
 */
@TestPropertySource(properties = {
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:1/realms/praxis",
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:1/realms/praxis/protocol/openid-connect/certs",
        "praxis.indexer.enabled=false"})
class IdentityProviderDownIntegrationTests extends IntegrationTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void answersServiceUnavailableWhenTheKeysToCheckAWellFormedTokenCannotBeFetched() throws Exception {
        mvc.perform(get("/actuator/metrics").header("Authorization", "Bearer " + wellFormedToken())
                        .header("Accept-Language", "en"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/unavailable"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.detail").value("The identity provider cannot be reached; try again later."));
    }

    @Test
    void stillRefusesATokenThatIsNotAJwtAtAll() throws Exception {
        mvc.perform(get("/actuator/metrics").header("Authorization", "Bearer not-a-jwt"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/unauthorized"));
    }

    /** Header, claims and signature that parse; only Keycloak's keys could tell it is forged. */
    private static String wellFormedToken() {
        return part("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"praxis\"}") + "."
                + part("{\"sub\":\"someone\",\"iss\":\"http://localhost:1/realms/praxis\",\"exp\":4102444800}") + "."
                + part("signature");
    }

    private static String part(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
