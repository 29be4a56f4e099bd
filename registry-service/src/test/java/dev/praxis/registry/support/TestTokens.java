package dev.praxis.registry.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * For tests against the running server, where MockMvc's {@code jwt()} cannot reach: the bearer token
 * {@code test.<username>.<role>} stands for a Keycloak token of that user with that realm role, and
 * every other token is refused as a bad one. The service's own role mapping reads it unchanged.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokens {

    public static String bearer(Users user) {
        return "Authorization: Bearer test." + user.username() + "." + user.roles()[0];
    }

    @Bean
    JwtDecoder testTokenDecoder() {
        return token -> {
            var parts = token.split("\\.");
            if (parts.length != 3 || !parts[0].equals("test")) {
                throw new BadJwtException("Not a test token");
            }
            return Jwt.withTokenValue(token).header("alg", "none")
                    .claim("preferred_username", parts[1])
                    .claim("realm_access", Map.of("roles", List.of(parts[2])))
                    .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                    .build();
        };
    }
}
