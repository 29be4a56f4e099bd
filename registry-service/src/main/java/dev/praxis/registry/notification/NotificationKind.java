package dev.praxis.registry.notification;

/** What a notification is about; each kind has a mail template in Russian and English. */
public enum NotificationKind {
    /** An expert is invited to review a practice. */
    INVITATION,
    /** A review is due soon. */
    REMINDER,
    /** A review is past its deadline. */
    OVERDUE,
    /** A review round was closed. */
    ROUND_CLOSED,
    /** A coordinator approved or rejected the recipient's practice ({@code decision}: approved or rejected). */
    DECISION,
    /** A coordinator sent the recipient's practice back for revision, with the reason. */
    REVISION_REQUESTED
}
