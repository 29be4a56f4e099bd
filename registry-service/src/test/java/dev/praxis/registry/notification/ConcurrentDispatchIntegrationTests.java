package dev.praxis.registry.notification;

import dev.praxis.registry.people.People;
import dev.praxis.registry.people.Sighting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two dispatchers on one database (as two registry instances would run them, here without the
 * scheduler's lock, which would keep them apart) racing over the same outbox send every mail once.
 */
class ConcurrentDispatchIntegrationTests extends MailIntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    People people;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JavaMailSender sender;

    @Autowired
    NotificationProperties properties;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoDispatchersRacingSendEveryMailExactlyOnce() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var recipients = IntStream.range(0, 40).mapToObj(n -> "race-" + run + "-" + n).toList();
        recipients.forEach(username -> people.seen(new Sighting(username, "Получатель", username + "@praxis.test", "ru", Set.of("author"))));
        transaction.executeWithoutResult(status -> recipients.forEach(username -> notifications.notify(username,
                NotificationKind.ROUND_CLOSED, NotificationParams.aboutPractice(UUID.randomUUID(), "Практика"))));

        var first = new MailDispatcher(outbox, sender, properties, "first-" + run);
        var second = new MailDispatcher(outbox, sender, properties, "second-" + run);
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            List<Callable<Integer>> both = List.of(untilEmpty(first, start), untilEmpty(second, start));
            var results = both.stream().map(threads::submit).toList();
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> recipients.stream()
                .allMatch(username -> !TestMailServer.messagesTo(username + "@praxis.test").isEmpty()));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> recipients.stream()
                .allMatch(username -> TestMailServer.messagesTo(username + "@praxis.test").size() == 1));
        assertThat(jdbc.sql("""
                        select count(*) from outgoing_mail m join notifications n on n.id = m.notification_id
                         where n.recipient like :prefix and m.status = 'SENT' and m.attempts = 1
                        """)
                .param("prefix", "race-" + run + "-%").query(Long.class).single()).isEqualTo(40);
    }

    /** Runs the dispatcher again and again until a run finds nothing to send. */
    private static Callable<Integer> untilEmpty(MailDispatcher dispatcher, CountDownLatch start) {
        return () -> {
            start.await();
            int total = 0;
            int sent;
            do {
                sent = dispatcher.sendDue();
                total += sent;
            } while (sent > 0);
            return total;
        };
    }
}
