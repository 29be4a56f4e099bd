package dev.praxis.registry.notification;

import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Sends the mail outbox through SMTP. Every run claims due mails (committed at once, so another
 * dispatcher skips them), sends each outside any transaction and reports back; a failed mail waits
 * and is tried again, with growing pauses, up to the attempts allowed. The ShedLock lock keeps two
 * instances from running at the same time; the claim alone already keeps a mail from being sent twice.
 */
@Component
@ConditionalOnBooleanProperty(name = "praxis.notifications.mail.dispatch-enabled", matchIfMissing = true)
class MailDispatcher {

    /** Batches per run at most, so that a long queue does not hold the lock for ever. */
    private static final int BATCHES_PER_RUN = 10;

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailOutbox outbox;
    private final JavaMailSender sender;
    private final NotificationProperties properties;
    private final String claimant;

    @Autowired
    MailDispatcher(MailOutbox outbox, JavaMailSender sender, NotificationProperties properties) {
        this(outbox, sender, properties, hostName() + "/" + UUID.randomUUID());
    }

    /** {@code claimant} names this dispatcher in the rows it claims; unique per instance. */
    MailDispatcher(MailOutbox outbox, JavaMailSender sender, NotificationProperties properties, String claimant) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.claimant = claimant;
    }

    @Scheduled(fixedDelayString = "${praxis.notifications.mail.dispatch-interval:10s}",
            initialDelayString = "${praxis.notifications.mail.dispatch-interval:10s}")
    @SchedulerLock(name = "mail-dispatch", lockAtMostFor = "${praxis.notifications.mail.claim-timeout:5m}")
    public void dispatch() {
        sendDue();
    }

    /** One run: claims and sends batches until none is full. Returns the number of mails sent. */
    int sendDue() {
        var mail = properties.mail();
        int sent = 0;
        for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
            var claimed = outbox.claimDue(claimant, mail.batchSize(), mail.claimTimeout());
            for (var one : claimed) {
                sent += send(one) ? 1 : 0;
            }
            if (claimed.size() < mail.batchSize()) {
                break;
            }
        }
        return sent;
    }

    private boolean send(MailOutbox.ClaimedMail claimed) {
        try {
            sender.send(message -> prepare(message, claimed));
            outbox.markSent(claimed.id(), claimant);
            return true;
        } catch (MailParseException | MailPreparationException unsendable) {
            log.warn("Mail {} cannot be sent, given up: {}", claimed.id(), unsendable.getMessage());
            outbox.markFailed(claimed.id(), claimant, unsendable.getMessage(), null);
        } catch (MailException | IllegalStateException failed) {
            var retry = properties.mail().retry();
            var giveUp = claimed.attempts() >= retry.maxAttempts();
            var delay = giveUp ? null : retry.delayAfter(claimed.attempts());
            log.warn("Mail {} not sent (attempt {} of {}){}: {}", claimed.id(), claimed.attempts(), retry.maxAttempts(),
                    giveUp ? ", given up" : ", next in " + delay, failed.getMessage());
            outbox.markFailed(claimed.id(), claimant, failed.getMessage(), delay);
        }
        return false;
    }

    /**
     * A Message-ID made from the mail's id: were a mail sent again after its dispatcher died between the
     * SMTP server's answer and the report, it would be the same message, which mail systems drop as a duplicate.
     */
    private void prepare(MimeMessage message, MailOutbox.ClaimedMail claimed) throws Exception {
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.mail().from());
        helper.setTo(claimed.mail().to());
        helper.setSubject(claimed.mail().subject());
        helper.setText(claimed.mail().body(), false);
        message.setHeader("Message-ID", "<" + claimed.id() + "@praxis>");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "registry";
        }
    }
}
