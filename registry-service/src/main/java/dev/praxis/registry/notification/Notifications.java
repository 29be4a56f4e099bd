package dev.praxis.registry.notification;

import dev.praxis.registry.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The notification feature's public face: other features {@link #notify} someone from their event
 * listeners; each person reads and marks their own inbox.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final Inbox inbox;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final People people;
    private final Clock clock = Clock.systemUTC();

    Notifications(Inbox inbox, MailOutbox outbox, MailTemplates templates, People people) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.templates = templates;
        this.people = people;
    }

    /**
     * Puts a notification in {@code recipientUsername}'s inbox and, if they want e-mail and have an
     * address, its mail in the outbox, both in the caller's transaction (required): the change and its
     * notification commit or roll back together, and no mail leaves before the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification notify(String recipientUsername, NotificationKind kind, NotificationParams params) {
        var notification = new Notification(UUID.randomUUID(), recipientUsername, kind, params.practiceId(),
                params.practiceTitle(), params.link(), params.values(), clock.instant(), null);
        inbox.add(notification);
        var recipient = people.find(recipientUsername);
        if (recipient.isPresent() && recipient.get().wantsEmail()) {
            outbox.add(notification.id(), templates.render(recipient.get(), kind, params), notification.createdAt());
        } else {
            log.debug("{} to {}: inbox only ({})", kind, recipientUsername,
                    recipient.isEmpty() ? "never seen" : "no e-mail wanted or known");
        }
        return notification;
    }

    @Transactional(readOnly = true)
    public Page<Notification> inboxOf(String username, boolean unreadOnly, int page, int size) {
        var request = PageRequest.of(page, size);
        var items = inbox.of(username, unreadOnly, (int) request.getOffset(), size);
        return new PageImpl<>(items, request, inbox.count(username, unreadOnly));
    }

    @Transactional(readOnly = true)
    public long unreadCount(String username) {
        return inbox.count(username, true);
    }

    /** @throws NotificationNotFound also when the notification is someone else's */
    @Transactional
    public Notification markRead(UUID id, String username) {
        inbox.find(id, username).orElseThrow(() -> new NotificationNotFound(id));
        inbox.markRead(id, username, clock.instant());
        return inbox.find(id, username).orElseThrow(() -> new NotificationNotFound(id));
    }

    @Transactional
    public int markAllRead(String username) {
        return inbox.markAllRead(username, Instant.now(clock));
    }
}
