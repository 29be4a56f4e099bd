package dev.praxis.registry.notification;

import dev.praxis.registry.common.NotFound;

import java.util.UUID;

/** No notification with this id in the caller's inbox (someone else's is not found either). */
public class NotificationNotFound extends NotFound {

    NotificationNotFound(UUID id) {
        super("Notification %s was not found".formatted(id));
    }
}
