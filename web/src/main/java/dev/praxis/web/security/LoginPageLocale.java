package dev.praxis.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Asks Keycloak to show its sign-in page in the language the visitor chose here (OIDC
 * {@code ui_locales}); otherwise Keycloak follows the browser, and a Russian page would lead to
 * an English sign-in form.
 */
class LoginPageLocale implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver defaults;
    private final LocaleResolver locales;

    LoginPageLocale(ClientRegistrationRepository registrations, LocaleResolver locales) {
        this.defaults = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        this.locales = locales;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withLocale(defaults.resolve(request), request);
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withLocale(defaults.resolve(request, clientRegistrationId), request);
    }

    private OAuth2AuthorizationRequest withLocale(OAuth2AuthorizationRequest authorization, HttpServletRequest request) {
        if (authorization == null) {
            return null;
        }
        String language = locales.resolveLocale(request).getLanguage();
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> parameters.put("ui_locales", language))
                .build();
    }
}
