package dev.praxis.registry.people.web;

import dev.praxis.registry.people.People;
import dev.praxis.registry.people.Sighting;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Notes the caller of every authenticated request in the people directory, from the claims of the
 * access token Keycloak issued ({@code preferred_username}, {@code name}, {@code email},
 * {@code locale}, realm roles). Runs after Spring Security (a plain filter is ordered after its
 * chain), so the token has been checked. The directory skips unchanged sightings and never throws.
 */
@Component
class SeenPeopleFilter extends OncePerRequestFilter {

    private static final String ROLE_PREFIX = "ROLE_";

    private final People people;

    SeenPeopleFilter(People people) {
        this.people = people;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            people.seen(sighting(token));
        }
        chain.doFilter(request, response);
    }

    static Sighting sighting(JwtAuthenticationToken token) {
        var jwt = token.getToken();
        var username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : token.getName();
        var roles = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        return new Sighting(username, jwt.getClaimAsString("name"), jwt.getClaimAsString("email"),
                jwt.getClaimAsString("locale"), roles);
    }
}
