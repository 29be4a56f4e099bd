package dev.praxis.registry.notification;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * A signed-in user whose token carries what Keycloak puts in the demo realm's: e-mail and locale too.
 * Usernames and addresses are unique per test.
 */
record Recipient(String username, String name, String email, String locale, String role) {

    static Recipient author(String locale) {
        var username = "author-" + UUID.randomUUID().toString().substring(0, 8);
        return new Recipient(username, "Анна Авторова", username + "@praxis.test", locale, "author");
    }

    static Recipient coordinator() {
        var username = "coordinator-" + UUID.randomUUID().toString().substring(0, 8);
        return new Recipient(username, "Игорь Координаторов", username + "@praxis.test", "ru", "coordinator");
    }

    RequestPostProcessor token() {
        return jwt().jwt(jwt -> {
            jwt.claim("preferred_username", username);
            jwt.claim("name", name);
            if (email != null) {
                jwt.claim("email", email);
            }
            if (locale != null) {
                jwt.claim("locale", locale);
            }
        }).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
