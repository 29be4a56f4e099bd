package dev.praxis.registry.support;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Arrays;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/** Signed-in users as Keycloak would describe them; usernames are unique per test. */
public record Users(String username, String name, String... roles) {

    public static Users author() {
        return new Users(unique("author"), "Анна Авторова", "author");
    }

    public static Users coordinator() {
        return new Users(unique("coordinator"), "Игорь Координаторов", "coordinator");
    }

    public static Users official() {
        return new Users(unique("official"), "Мария Региональная", "region-official");
    }

    public static Users expert() {
        return new Users(unique("expert"), "Елена Экспертова", "expert");
    }

    public static Users indexer() {
        return new Users(unique("service-account-praxis-search"), null, "indexer");
    }

    /** The bearer token of this user, as the resource server would have converted it. */
    public RequestPostProcessor token() {
        var authorities = Arrays.stream(roles)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return jwt().jwt(jwt -> {
            jwt.claim("preferred_username", username);
            if (name != null) {
                jwt.claim("name", name);
            }
        }).authorities(authorities);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
