package dev.praxis.web.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/** Keycloak's realm roles ({@code realm_access.roles}) become {@code ROLE_<role>} authorities. */
class RealmRoleAuthorities implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                addRoles(oidc.getIdToken().getClaims(), mapped);
                if (oidc.getUserInfo() != null) {
                    addRoles(oidc.getUserInfo().getClaims(), mapped);
                }
            } else if (authority instanceof OAuth2UserAuthority oauth2) {
                addRoles(oauth2.getAttributes(), mapped);
            }
        }
        return mapped;
    }

    private static void addRoles(Map<String, Object> claims, Set<GrantedAuthority> into) {
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> roles) {
            roles.forEach(role -> into.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
    }
}
