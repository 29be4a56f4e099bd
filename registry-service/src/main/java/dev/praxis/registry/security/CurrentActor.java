package dev.praxis.registry.security;

import dev.praxis.registry.common.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.util.stream.Collectors;

/** The caller of the current request as an {@link Actor}, built from the access token. */
@Component
public class CurrentActor {

    private static final String ROLE_PREFIX = "ROLE_";

    public Actor get() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return Actor.anonymous();
        }
        var jwt = token.getToken();
        var username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : token.getName();
        var name = jwt.getClaimAsString("name");
        var roles = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        return new Actor(username, StringUtils.hasText(name) ? name : username, roles);
    }
}
