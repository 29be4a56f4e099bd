package dev.praxis.registry.notification;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A coordinator's decision reaches the practice's author in the inbox and, once, by mail in the
 * author's language with the reason; a down SMTP server never touches the decision.
 */
class PracticeDecisionNotificationIntegrationTests extends MailIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeApi api;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void mailServerBackUp() {
        TestMailServer.start();
    }

    @Test
    void approvalReachesTheAuthorOnceInEnglishWithTheComment() throws Exception {
        var author = Recipient.author("en");
        var id = underReview(author);

        decide(id, "approve", "Well documented, thank you");

        var inbox = inboxOf(author);
        assertThat(JsonPath.<Integer>read(inbox, "$.totalItems")).isEqualTo(1);
        assertThat(JsonPath.<String>read(inbox, "$.items[0].kind")).isEqualTo("DECISION");
        assertThat(JsonPath.<String>read(inbox, "$.items[0].params.decision")).isEqualTo("approved");
        assertThat(JsonPath.<String>read(inbox, "$.items[0].params.reason")).isEqualTo("Well documented, thank you");
        assertThat(JsonPath.<String>read(inbox, "$.items[0].link")).isEqualTo("/my/practices/" + id);
        var mail = onlyMailTo(author);
        assertThat(mail.getSubject()).isEqualTo("The practice \"Центр оказания услуг для бизнеса «Мой бизнес»\" is approved");
        assertThat(TestMailServer.text(mail))
                .startsWith("Hello Анна Авторова,")
                .contains("The coordinator's comment: Well documented, thank you")
                .contains("https://praxis.test/my/practices/" + id);
        assertThat(mail.getFrom()[0].toString()).contains("noreply@praxis.example");
    }

    @Test
    void rejectionReachesTheAuthorInRussianWithTheReason() throws Exception {
        var author = Recipient.author("ru");
        var id = underReview(author);

        decide(id, "reject", "Нет подтверждённых результатов");

        var mail = onlyMailTo(author);
        assertThat(mail.getSubject()).isEqualTo("Практика «Центр оказания услуг для бизнеса «Мой бизнес»» отклонена");
        assertThat(TestMailServer.text(mail))
                .startsWith("Здравствуйте, Анна Авторова!")
                .contains("Причина: Нет подтверждённых результатов");
        assertThat(JsonPath.<String>read(inboxOf(author), "$.items[0].params.decision")).isEqualTo("rejected");
    }

    @Test
    void revisionRequestTellsTheAuthorWhatToRevise() throws Exception {
        var author = Recipient.author(null); // no locale in the token: Russian
        var id = underReview(author);

        decide(id, "request-revision", "Добавьте бюджет");

        var mail = onlyMailTo(author);
        assertThat(mail.getSubject()).isEqualTo("Практика «Центр оказания услуг для бизнеса «Мой бизнес»» возвращена на доработку");
        assertThat(TestMailServer.text(mail)).contains("Что доработать: Добавьте бюджет");
        assertThat(JsonPath.<String>read(inboxOf(author), "$.items[0].kind")).isEqualTo("REVISION_REQUESTED");
    }

    @Test
    void theLanguageChosenInTheSettingsWinsOverTheToken() throws Exception {
        var author = Recipient.author("ru");
        settings(author, "{\"emailEnabled\": true, \"language\": \"en\"}");
        var id = underReview(author);

        decide(id, "request-revision", "Add the budget");

        assertThat(onlyMailTo(author).getSubject()).isEqualTo(
                "The practice \"Центр оказания услуг для бизнеса «Мой бизнес»\" needs revision");
    }

    @Test
    void withEmailOffTheDecisionReachesTheInboxOnly() throws Exception {
        var author = Recipient.author("ru");
        settings(author, "{\"emailEnabled\": false}");
        var id = underReview(author);

        decide(id, "reject", "Дублирует существующую практику");

        assertThat(JsonPath.<Integer>read(inboxOf(author), "$.totalItems")).isEqualTo(1);
        assertThat(mailRows(author)).isZero();
        assertThat(TestMailServer.messagesTo(author.email())).isEmpty();
    }

    @Test
    void aDownSmtpServerNeverUndoesTheDecisionAndTheMailGoesOnceItIsBack() throws Exception {
        var author = Recipient.author("ru");
        var id = underReview(author);
        TestMailServer.stop();

        decide(id, "reject", "Нет эффекта");

        assertThat(api.row(id).status()).isEqualTo("REJECTED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var mail = mailRow(author);
            assertThat((Integer) mail.get("attempts")).isGreaterThanOrEqualTo(2);
            assertThat(mail.get("status")).isEqualTo("PENDING");
            assertThat((String) mail.get("last_error")).isNotBlank();
        });

        TestMailServer.start();

        assertThat(TestMailServer.text(onlyMailTo(author))).contains("Причина: Нет эффекта");
        await().atMost(Duration.ofSeconds(5)).until(() -> "SENT".equals(mailRow(author).get("status")));
    }

    @Test
    void anotherPersonsNotificationIsNotFound() throws Exception {
        var author = Recipient.author("ru");
        decide(underReview(author), "reject", "Нет эффекта");
        var notificationId = JsonPath.<String>read(inboxOf(author), "$.items[0].id");
        var stranger = Recipient.author("ru");

        mvc.perform(post("/api/v1/me/notifications/{id}/read", notificationId).with(stranger.token()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/not-found"));
        mvc.perform(get("/api/v1/me/notifications/unread-count").with(author.token()))
                .andExpect(jsonPath("$.count").value(1));
        assertThat(JsonPath.<Integer>read(inboxOf(stranger), "$.totalItems")).isZero();
    }

    private UUID underReview(Recipient author) throws Exception {
        var coordinator = Recipient.coordinator();
        var created = mvc.perform(post("/api/v1/practices").with(author.token())
                        .contentType(MediaType.APPLICATION_JSON).content(api.json(PracticeApi.draft(2))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var id = UUID.fromString(JsonPath.read(created, "$.id"));
        move(id, "submit", author, null);
        move(id, "start-screening", coordinator, null);
        move(id, "start-review", coordinator, null);
        return id;
    }

    private void decide(UUID id, String action, String comment) throws Exception {
        move(id, action, Recipient.coordinator(), comment);
    }

    private void move(UUID id, String action, Recipient who, String comment) throws Exception {
        var request = post("/api/v1/practices/{id}/" + action, id).with(who.token()).with(api.current(id));
        if (comment != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(api.json(Map.of("comment", comment)));
        }
        mvc.perform(request).andExpect(status().isOk());
    }

    private void settings(Recipient person, String body) throws Exception {
        mvc.perform(put("/api/v1/me/notification-settings").with(person.token())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private String inboxOf(Recipient person) throws Exception {
        return mvc.perform(get("/api/v1/me/notifications").with(person.token()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Waits for the one mail to {@code person}, then gives the dispatcher a few more runs to send a second. */
    private jakarta.mail.internet.MimeMessage onlyMailTo(Recipient person) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMailServer.messagesTo(person.email()).isEmpty());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> TestMailServer.messagesTo(person.email()).size() == 1);
        return TestMailServer.messagesTo(person.email()).getFirst();
    }

    private long mailRows(Recipient person) {
        return jdbc.sql("select count(*) from outgoing_mail m join notifications n on n.id = m.notification_id where n.recipient = :r")
                .param("r", person.username()).query(Long.class).single();
    }

    private Map<String, Object> mailRow(Recipient person) {
        return jdbc.sql("""
                        select m.status, m.attempts, m.last_error
                          from outgoing_mail m join notifications n on n.id = m.notification_id where n.recipient = :r
                        """)
                .param("r", person.username()).query().singleRow();
    }
}
