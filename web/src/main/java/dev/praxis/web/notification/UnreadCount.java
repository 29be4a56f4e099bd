package dev.praxis.web.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.CurrentSecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications for the page header of a signed-in user, asked of the registry
 * while the page is rendered. Null (the header shows no number) for visitors, for htmx partial updates,
 * and whenever the registry cannot answer: a page never fails for the sake of its header.
 */
@ControllerAdvice
class UnreadCount {

    private static final Logger log = LoggerFactory.getLogger(UnreadCount.class);

    /** Optional: a page test that loads no registry client renders its header without a number. */
    private final ObjectProvider<NotificationRegistry> registry;

    UnreadCount(ObjectProvider<NotificationRegistry> registry) {
        this.registry = registry;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(@CurrentSecurityContext(expression = "authentication") Authentication authentication,
            HttpServletRequest request) {
        var notifications = registry.getIfAvailable();
        if (notifications == null || authentication == null || !(authentication.getPrincipal() instanceof OidcUser)
                || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return null;
        }
        try {
            return notifications.unreadCount();
        } catch (RuntimeException unavailable) {
            log.debug("No unread count for the header: {}", unavailable.getMessage());
            return null;
        }
    }
}
