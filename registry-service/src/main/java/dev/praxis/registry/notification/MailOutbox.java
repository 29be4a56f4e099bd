package dev.praxis.registry.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code outgoing_mail} rows: written with the notification, sent after the commit. A dispatcher
 * claims due rows in one statement ({@code FOR UPDATE SKIP LOCKED}), so two dispatchers never hold the
 * same row, and reports back only on rows it still holds.
 */
@Repository
class MailOutbox {

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID notificationId, Mail mail, Instant now) {
        jdbc.sql("""
                        insert into outgoing_mail (id, notification_id, to_address, subject, body, status, next_attempt_at, created_at)
                        values (:id, :notificationId, :to, :subject, :body, 'PENDING', now(), :now)
                        """)
                .param("id", UUID.randomUUID())
                .param("notificationId", notificationId)
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("body", mail.body())
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@code limit} mails that are due, and those whose claim ran out (their dispatcher died),
     * for {@code claimant} until now + {@code claimFor}; counts the attempt. Committed on return.
     */
    List<ClaimedMail> claimDue(String claimant, int limit, Duration claimFor) {
        return jdbc.sql("""
                        update outgoing_mail m
                           set status = 'SENDING', claimed_by = :claimant, attempts = m.attempts + 1,
                               claimed_until = now() + make_interval(secs => :claimSeconds)
                         where m.id in (select id from outgoing_mail
                                         where (status = 'PENDING' and next_attempt_at <= now())
                                            or (status = 'SENDING' and claimed_until < now())
                                         order by next_attempt_at, id
                                         limit :limit
                                         for update skip locked)
                        returning m.id, m.to_address, m.subject, m.body, m.attempts
                        """)
                .param("claimant", claimant)
                .param("claimSeconds", (double) claimFor.toMillis() / 1000)
                .param("limit", limit)
                .query((row, n) -> new ClaimedMail(row.getObject("id", UUID.class),
                        new Mail(row.getString("to_address"), row.getString("subject"), row.getString("body")),
                        row.getInt("attempts")))
                .list();
    }

    void markSent(UUID id, String claimant) {
        jdbc.sql("""
                        update outgoing_mail set status = 'SENT', sent_at = now(), claimed_until = null, last_error = null
                         where id = :id and claimed_by = :claimant and status = 'SENDING'
                        """)
                .param("id", id)
                .param("claimant", claimant)
                .update();
    }

    /** Back to the queue for another attempt after {@code retryIn}, or given up ({@code retryIn} null). */
    void markFailed(UUID id, String claimant, String error, Duration retryIn) {
        jdbc.sql("""
                        update outgoing_mail
                           set status = case when :giveUp then 'FAILED' else 'PENDING' end,
                               next_attempt_at = now() + make_interval(secs => :retrySeconds),
                               claimed_until = null, last_error = :error
                         where id = :id and claimed_by = :claimant and status = 'SENDING'
                        """)
                .param("giveUp", retryIn == null)
                .param("retrySeconds", retryIn == null ? 0.0 : (double) retryIn.toMillis() / 1000)
                .param("error", error == null ? null : error.substring(0, Math.min(error.length(), 2000)))
                .param("id", id)
                .param("claimant", claimant)
                .update();
    }

    record Mail(String to, String subject, String body) {
    }

    record ClaimedMail(UUID id, Mail mail, int attempts) {
    }
}
