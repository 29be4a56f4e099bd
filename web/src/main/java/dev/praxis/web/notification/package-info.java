/**
 * The signed-in user's notifications: the inbox page (newest first, unread marked, mark read), the
 * unread count in every page's header (nothing when the registry cannot say), and the settings form
 * for e-mail on or off and the language of the mail. The registry keeps and sends them.
 */
package dev.praxis.web.notification;
