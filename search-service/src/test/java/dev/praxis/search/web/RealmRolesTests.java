package dev.praxis.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RealmRolesTests {

    @Test
    void mapsKeycloakRealmRolesToSpringRoles() {
        var jwt = token(Map.of("realm_access", Map.of("roles", List.of("admin", "region-official"))));

        var authentication = SecurityConfiguration.realmRoles().convert(jwt);

        assertThat(authentication.getName()).isEqualTo("official");
        assertThat(roles(authentication)).containsExactlyInAnyOrder("ROLE_admin", "ROLE_region-official");
    }

    @Test
    void grantsNoRoleWhenTheTokenCarriesNone() {
        var authentication = SecurityConfiguration.realmRoles().convert(token(Map.of()));

        assertThat(roles(authentication)).isEmpty();
    }

    /** Spring Security also adds a {@code FACTOR_BEARER} authority; only roles matter here. */
    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).toList();
    }

    private static Jwt token(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t").header("alg", "RS256").claim("preferred_username", "official")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
