package dev.praxis.web.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.CurrentSecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The name the page header greets a signed-in user with: their full name from Keycloak when known. */
@ControllerAdvice
class SignedInUser {

    @ModelAttribute("signedInName")
    String signedInName(@CurrentSecurityContext(expression = "authentication") Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        if (authentication.getPrincipal() instanceof OidcUser user && user.getFullName() != null) {
            return user.getFullName();
        }
        return authentication.getName();
    }
}
