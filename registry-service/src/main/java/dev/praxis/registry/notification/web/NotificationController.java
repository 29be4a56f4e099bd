package dev.praxis.registry.notification.web;

import dev.praxis.registry.common.web.PageNumber;
import dev.praxis.registry.common.web.PageResponse;
import dev.praxis.registry.notification.Notification;
import dev.praxis.registry.notification.NotificationKind;
import dev.praxis.registry.notification.Notifications;
import dev.praxis.registry.security.CurrentActor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The caller's own inbox; another person's notification is not found. */
@RestController
@RequestMapping("/api/v1/me/notifications")
class NotificationController {

    private final Notifications notifications;
    private final CurrentActor actor;

    NotificationController(Notifications notifications, CurrentActor actor) {
        this.notifications = notifications;
        this.actor = actor;
    }

    /** Newest first; {@code unread=true} for the unread ones only. */
    @GetMapping
    PageResponse<NotificationResponse> inbox(@RequestParam(defaultValue = "0") @PageNumber int page,
                                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                             @RequestParam(defaultValue = "false") boolean unread) {
        return PageResponse.of(notifications.inboxOf(actor.get().username(), unread, page, size), NotificationResponse::of);
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(actor.get().username()));
    }

    @PostMapping("/{id}/read")
    NotificationResponse read(@PathVariable UUID id) {
        return NotificationResponse.of(notifications.markRead(id, actor.get().username()));
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> readAll() {
        notifications.markAllRead(actor.get().username());
        return ResponseEntity.noContent().build();
    }

    record UnreadCount(long count) {
    }

    /** {@code link}: a path of the platform's web pages; {@code params}: the kind's values (reason, decision...). */
    record NotificationResponse(UUID id, NotificationKind kind, UUID practiceId, String practiceTitle, String link,
                                Map<String, String> params, Instant createdAt, Instant readAt, boolean read) {

        static NotificationResponse of(Notification notification) {
            return new NotificationResponse(notification.id(), notification.kind(), notification.practiceId(),
                    notification.practiceTitle(), notification.link(), notification.params(), notification.createdAt(),
                    notification.readAt(), notification.isRead());
        }
    }
}
