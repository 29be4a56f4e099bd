package dev.praxis.registry.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakRolesTests {

    @Test
    void mapsRealmRolesToSpringRolesAndNamesThePrincipalByUsername() {
        var jwt = token(Map.of("realm_access", Map.of("roles", List.of("author", "region-official"))));

        var authentication = SecurityConfiguration.keycloakRealmRoles().convert(jwt);

        assertThat(roles(authentication.getAuthorities())).containsExactlyInAnyOrder("ROLE_author", "ROLE_region-official");
        assertThat(authentication.getName()).isEqualTo("anna");
    }

    @Test
    void grantsNoRoleWhenTheTokenHasNoRealmRoles() {
        var authentication = SecurityConfiguration.keycloakRealmRoles().convert(token(Map.of()));

        assertThat(roles(authentication.getAuthorities())).isEmpty();
    }

    // Spring Security 7 also adds a FACTOR_BEARER authority; only roles matter here.
    private static List<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).toList();
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject("0b6c2b3e")
                .claim("preferred_username", "anna")
                .claims(all -> all.putAll(claims))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
    }
}
