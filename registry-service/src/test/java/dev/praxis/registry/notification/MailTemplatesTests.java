package dev.praxis.registry.notification;

import dev.praxis.registry.people.Language;
import dev.praxis.registry.people.NotificationSettings;
import dev.praxis.registry.people.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MailTemplatesTests {

    private static final NotificationProperties.Retry RETRY =
            new NotificationProperties.Retry(10, Duration.ofSeconds(30), Duration.ofMinutes(5));
    private static final NotificationProperties PROPERTIES = new NotificationProperties(URI.create("https://praxis.example/"),
            new NotificationProperties.Mail(true, "Praxis <noreply@praxis.example>", Duration.ofSeconds(10), 20,
                    Duration.ofMinutes(5), RETRY));

    private final MailTemplates templates = new MailTemplates(PROPERTIES);

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindHasASubjectAndBodyInBothLanguagesWithNoPlaceholderLeft(NotificationKind kind) {
        for (var language : Language.values()) {
            var mail = templates.render(person(language), kind, NotificationParams.aboutPractice(UUID.randomUUID(), "Практика")
                    .with(NotificationParams.REASON, "причина").with(NotificationParams.DUE, "2026-12-31"));

            assertThat(mail.subject()).contains("Практика").doesNotContain("{");
            assertThat(mail.body()).contains("причина", "2026-12-31", "https://praxis.example/my/practices/",
                    "https://praxis.example/notifications/settings").doesNotContain("{", "}");
        }
    }

    @Test
    void aDecisionSaysWhichOneAndAnOptionalCommentIsLeftOutWhenThereIsNone() {
        var mail = templates.render(person(Language.RU), NotificationKind.DECISION,
                NotificationParams.aboutPractice(UUID.randomUUID(), "Практика").with(NotificationParams.DECISION, "approved"));

        assertThat(mail.subject()).isEqualTo("Практика «Практика» одобрена");
        assertThat(mail.body()).doesNotContain("Комментарий");
        assertThat(mail.to()).isEqualTo("anna@praxis.test");
    }

    @Test
    void theWaitBetweenAttemptsDoublesUpToTheMaximum() {
        assertThat(RETRY.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RETRY.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(RETRY.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(RETRY.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RETRY.delayAfter(50)).isEqualTo(Duration.ofMinutes(5));
    }

    private static Person person(Language language) {
        return new Person("anna", "Анна", "anna@praxis.test", Set.of("author"), Instant.now(),
                new NotificationSettings(true, language), null);
    }
}
