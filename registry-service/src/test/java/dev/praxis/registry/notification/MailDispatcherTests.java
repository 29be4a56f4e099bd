package dev.praxis.registry.notification;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/** What the dispatcher does with each claimed mail: report it sent, retry it later, or give it up. */
class MailDispatcherTests {

    private static final NotificationProperties PROPERTIES = new NotificationProperties(URI.create("http://localhost:8080"),
            new NotificationProperties.Mail(true, "Praxis <noreply@praxis.example>", Duration.ofSeconds(10), 20,
                    Duration.ofMinutes(5), new NotificationProperties.Retry(10, Duration.ofSeconds(30), Duration.ofHours(1))));

    private final MailOutbox outbox = mock(MailOutbox.class);
    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final MailDispatcher dispatcher = new MailDispatcher(outbox, sender, PROPERTIES, "me");
    private final UUID id = UUID.randomUUID();

    @Test
    void reportsASentMailAsSent() {
        claims(1);

        assertThat(dispatcher.sendDue()).isEqualTo(1);

        then(outbox).should().markSent(id, "me");
        then(outbox).should(never()).markFailed(any(), anyString(), anyString(), any());
    }

    @Test
    void putsAFailedMailBackForLaterWithADoublingPause() {
        claims(3);
        willThrow(new MailSendException("Connection refused")).given(sender).send(any(MimeMessagePreparator.class));

        assertThat(dispatcher.sendDue()).isZero();

        then(outbox).should().markFailed(id, "me", "Connection refused", Duration.ofSeconds(120));
        then(outbox).should(never()).markSent(any(), anyString());
    }

    @Test
    void givesUpAfterTheLastAttemptAllowed() {
        claims(10);
        willThrow(new MailSendException("Connection refused")).given(sender).send(any(MimeMessagePreparator.class));

        dispatcher.sendDue();

        then(outbox).should().markFailed(eq(id), eq("me"), eq("Connection refused"), isNull());
    }

    @Test
    void givesUpAtOnceOnAMailThatCannotBeBuilt() {
        claims(1);
        willThrow(new MailParseException("Illegal address")).given(sender).send(any(MimeMessagePreparator.class));

        dispatcher.sendDue();

        then(outbox).should().markFailed(eq(id), eq("me"), eq("Illegal address"), isNull());
    }

    private void claims(int attempts) {
        given(outbox.claimDue("me", 20, Duration.ofMinutes(5))).willReturn(List.of(new MailOutbox.ClaimedMail(id,
                new MailOutbox.Mail("anna@praxis.test", "Тема", "Текст"), attempts)));
    }
}
