package dev.praxis.registry.notification;

import dev.praxis.registry.RegistryApplication;
import dev.praxis.registry.support.EmbeddedPostgresInitializer;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two registry instances (two application contexts on one database) both schedule the same jobs: the
 * one under {@code @SchedulerLock} runs once per period, its unlocked twin twice, which shows both
 * instances really do schedule it.
 */
class SchedulerLockIntegrationTests {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() {
        first = instance("first");
        second = instance("second");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aLockedJobRunsOncePerPeriodWhileTwoInstancesAreUp() {
        var jdbc = first.getBean(JdbcClient.class);
        var since = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);

        await().atMost(Duration.ofSeconds(15)).until(() -> ticks(jdbc, "unlocked", since).size() >= 4);

        var unlocked = ticks(jdbc, "unlocked", since);
        assertThat(unlocked.values()).as("both instances schedule the job every second").allMatch(count -> count == 2);
        var locked = ticks(jdbc, "locked", since);
        assertThat(locked.keySet()).as("the locked job ran in every second the unlocked one did")
                .containsAll(unlocked.keySet());
        assertThat(locked.values()).as("once per second, never on both instances").allMatch(count -> count == 1);
    }

    /** Ticks per second of {@code job} from {@code since} on, seconds that are complete only. */
    private static Map<Instant, Long> ticks(JdbcClient jdbc, String job, Instant since) {
        var until = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Instant> at = jdbc.sql("select second from scheduler_lock_test_ticks where run = :run and job = :job")
                .param("run", RUN).param("job", job)
                .query((row, n) -> row.getTimestamp("second").toInstant()).list();
        return at.stream().filter(second -> !second.isBefore(since) && second.isBefore(until))
                .collect(Collectors.groupingBy(second -> second, Collectors.counting()));
    }

    private static ConfigurableApplicationContext instance(String name) {
        return new SpringApplicationBuilder(RegistryApplication.class, Ticks.class)
                .initializers(new EmbeddedPostgresInitializer())
                .run("--server.port=0", "--spring.main.banner-mode=off", "--praxis.test.instance=" + name,
                        "--praxis.test.run=" + RUN, "--logging.level.root=WARN");
    }

    /** A job under a lock and its twin without one; each run notes the second it ran in. */
    static class Ticks {

        private final JdbcClient jdbc;
        private final String run;

        Ticks(JdbcClient jdbc, org.springframework.core.env.Environment environment) {
            this.jdbc = jdbc;
            this.run = environment.getRequiredProperty("praxis.test.run");
            jdbc.sql("create table if not exists scheduler_lock_test_ticks (run text, job text, second timestamptz)").update();
        }

        @Scheduled(cron = "* * * * * *")
        @SchedulerLock(name = "scheduler-lock-test", lockAtLeastFor = "PT0.5S", lockAtMostFor = "PT0.9S")
        public void locked() {
            tick("locked");
        }

        @Scheduled(cron = "* * * * * *")
        public void unlocked() {
            tick("unlocked");
        }

        private void tick(String job) {
            jdbc.sql("insert into scheduler_lock_test_ticks (run, job, second) values (:run, :job, :second)")
                    .param("run", run).param("job", job)
                    .param("second", java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                    .update();
        }
    }
}
