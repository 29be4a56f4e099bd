package dev.praxis.web.attachment;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The signed-in user's access token (refreshed when due), for the streaming client that cannot carry
 * the token-relay interceptor: a client with interceptors buffers the whole request body.
 */
@Component
class BearerToken {

    private final OAuth2AuthorizedClientManager clients;

    BearerToken(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    /** Empty for an anonymous visitor: the public files of approved practices need no token. */
    Optional<String> current() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken user)) {
            return Optional.empty();
        }
        var client = clients.authorize(OAuth2AuthorizeRequest
                .withClientRegistrationId(user.getAuthorizedClientRegistrationId())
                .principal(user)
                .build());
        return Optional.ofNullable(client).map(authorized -> authorized.getAccessToken().getTokenValue());
    }
}
