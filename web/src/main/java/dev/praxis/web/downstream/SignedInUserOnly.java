package dev.praxis.web.downstream;

import org.springframework.http.HttpRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor.ClientRegistrationIdResolver;

/**
 * Relays a token only for a user who signed in through Keycloak. Left to itself the interceptor
 * would try to authorize an anonymous visitor and fail; with no registration id it sends the
 * request without a token, which is what the public catalogue needs.
 */
class SignedInUserOnly implements ClientRegistrationIdResolver {

    @Override
    public String resolve(HttpRequest request) {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken signedIn
                ? signedIn.getAuthorizedClientRegistrationId()
                : null;
    }
}
