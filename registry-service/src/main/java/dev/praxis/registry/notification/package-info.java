/**
 * Notifications: an in-app inbox per person and e-mail in the recipient's language. Other features call
 * {@link dev.praxis.registry.notification.Notifications#notify} from their event listeners, in the
 * transaction of the change; the inbox row and, when the recipient wants e-mail, a row of the mail
 * outbox ({@code outgoing_mail}) are written in that transaction. A scheduled dispatcher, guarded by a
 * ShedLock lock on the registry's database, sends what is due after the commit, with retries; each mail
 * is claimed by one dispatcher in one statement, so it is never sent twice. See docs/notifications.md.
 */
package dev.praxis.registry.notification;
