package dev.praxis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class RealmRoleAuthoritiesTests {

    @Test
    void mapsRealmRolesOfTheIdTokenToRoleAuthorities() {
        var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of(
                "sub", "42", "preferred_username", "official",
                "realm_access", Map.of("roles", List.of("region-official", "default-roles-praxis"))));

        var authorities = new RealmRoleAuthorities().mapAuthorities(List.of(new OidcUserAuthority(idToken)));

        assertThat(authorities).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_region-official", "ROLE_default-roles-praxis", "OIDC_USER");
    }

    @Test
    void grantsNoRoleWhenTheTokenCarriesNone() {
        var idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "42"));

        var authorities = new RealmRoleAuthorities().mapAuthorities(List.of(new OidcUserAuthority(idToken)));

        assertThat(authorities).extracting(GrantedAuthority::getAuthority).noneMatch(a -> a.startsWith("ROLE_"));
    }
}
