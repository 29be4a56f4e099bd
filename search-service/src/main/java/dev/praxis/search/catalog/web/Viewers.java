package dev.praxis.search.catalog.web;

import java.util.Set;

import dev.praxis.search.catalog.Viewer;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Staff are the realm roles that review and decide: they may see practices that are not public. */
final class Viewers {

    static final Set<String> STAFF_ROLES = Set.of("ROLE_expert", "ROLE_coordinator", "ROLE_admin");

    private Viewers() {
    }

    static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Viewer.PUBLIC;
        }
        boolean staff = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(STAFF_ROLES::contains);
        return staff ? Viewer.STAFF : Viewer.PUBLIC;
    }
}
