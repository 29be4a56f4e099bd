package dev.praxis.registry.notification;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One entry of a person's inbox; {@code readAt} is null while it is unread. */
public record Notification(UUID id, String recipient, NotificationKind kind, UUID practiceId, String practiceTitle,
                           String link, Map<String, String> params, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
