package dev.praxis.registry.security;

import dev.praxis.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static dev.praxis.registry.support.Problems.problem;
import static dev.praxis.registry.support.Problems.unauthorized;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Keycloak is down: nothing listens on port 1, so fetching its keys fails at once. */
@RegistryIntegrationTest
@TestPropertySource(properties = {
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:1/realms/praxis",
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:1/realms/praxis/protocol/openid-connect/certs"})
class IdentityProviderDownIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void answersServiceUnavailableWhenTheKeysToCheckAWellFormedTokenCannotBeFetched() throws Exception {
        mvc.perform(get("/api/v1/practices/mine").header("Authorization", "Bearer " + wellFormedToken()))
                .andExpect(problem(503, "unavailable"));
    }

    @Test
    void stillRefusesATokenThatIsNotAJwtAtAll() throws Exception {
        mvc.perform(get("/api/v1/practices/mine").header("Authorization", "Bearer not-a-jwt"))
                .andExpect(unauthorized());
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
