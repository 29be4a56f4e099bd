package dev.praxis.registry.notification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * {@code praxis.notifications.*}: where mail links point and how the mail outbox is sent. The SMTP
 * server itself is Spring Boot's {@code spring.mail.*}.
 */
@Validated
@ConfigurationProperties("praxis.notifications")
record NotificationProperties(@DefaultValue("http://localhost:8080") @NotNull URI baseUrl, @DefaultValue Mail mail) {

    /**
     * {@code from}: the sender of every mail. {@code dispatchInterval}: the pause between two runs of the
     * dispatcher. {@code batchSize}: mails claimed at once. {@code claimTimeout}: after this a mail claimed by
     * a dispatcher that never reported back (its instance died) may be claimed again; far longer than the
     * SMTP time-outs, so a slow send is never repeated. {@code dispatchEnabled}: false leaves this instance's
     * dispatcher out (mail is still written to the outbox, for another instance to send).
     */
    record Mail(@DefaultValue("true") boolean dispatchEnabled,
                @DefaultValue("Praxis <noreply@praxis.example>") @NotBlank String from,
                @DefaultValue("10s") @NotNull Duration dispatchInterval,
                @DefaultValue("20") @Min(1) int batchSize,
                @DefaultValue("5m") @NotNull Duration claimTimeout,
                @DefaultValue Retry retry) {
    }

    /** A failed mail waits {@code firstDelay}, then twice as long each time up to {@code maxDelay}; after {@code maxAttempts} it is given up. */
    record Retry(@DefaultValue("10") @Min(1) int maxAttempts,
                 @DefaultValue("30s") @NotNull Duration firstDelay,
                 @DefaultValue("1h") @NotNull Duration maxDelay) {

        /** The wait after the {@code attempts}-th failed attempt (1-based). */
        Duration delayAfter(int attempts) {
            var delay = firstDelay;
            for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    String linkTo(String path) {
        var base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
