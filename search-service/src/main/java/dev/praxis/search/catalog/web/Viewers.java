package dev.praxis.search.catalog.web;

import java.util.Set;

import dev.praxis.search.catalog.Viewer;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The realm roles that decide what a caller may find: coordinators (and admins), experts, everybody else. */
final class Viewers {

    static final Set<String> COORDINATOR_ROLES = Set.of("ROLE_coordinator", "ROLE_admin");
    static final String EXPERT_ROLE = "ROLE_expert";

    private Viewers() {
    }

    static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Viewer.PUBLIC;
        }
        var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (roles.stream().anyMatch(COORDINATOR_ROLES::contains)) {
            return Viewer.COORDINATOR;
        }
        return roles.contains(EXPERT_ROLE) ? Viewer.EXPERT : Viewer.PUBLIC;
    }
}
