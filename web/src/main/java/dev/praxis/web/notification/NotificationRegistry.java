package dev.praxis.web.notification;

import dev.praxis.web.downstream.Page;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The signed-in user's inbox and notification settings in the registry. */
@Component
class NotificationRegistry {

    static final int PAGE_SIZE = 20;

    private final RestClient registry;

    NotificationRegistry(@Qualifier("registry") RestClient registry) {
        this.registry = registry;
    }

    Page<Notification> inbox(int page, boolean unreadOnly) {
        return registry.get().uri("/api/v1/me/notifications?page={page}&size={size}&unread={unread}", page, PAGE_SIZE, unreadOnly)
                .retrieve().body(new ParameterizedTypeReference<>() {
                });
    }

    long unreadCount() {
        var answer = registry.get().uri("/api/v1/me/notifications/unread-count").retrieve().body(UnreadCount.class);
        return answer == null ? 0 : answer.count();
    }

    Notification markRead(UUID id) {
        return registry.post().uri("/api/v1/me/notifications/{id}/read", id).retrieve().body(Notification.class);
    }

    void markAllRead() {
        registry.post().uri("/api/v1/me/notifications/read-all").retrieve().toBodilessEntity();
    }

    NotificationSettings settings() {
        return registry.get().uri("/api/v1/me/notification-settings").retrieve().body(NotificationSettings.class);
    }

    /** {@code language} null follows the language of the sign-in. */
    NotificationSettings saveSettings(boolean emailEnabled, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("emailEnabled", emailEnabled);
        body.put("language", language);
        return registry.put().uri("/api/v1/me/notification-settings").body(body).retrieve().body(NotificationSettings.class);
    }

    record UnreadCount(long count) {
    }
}
