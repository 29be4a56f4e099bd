package dev.praxis.registry.notification;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.unauthorized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inbox as its owner uses it: newest first, paged, unread ones marked, marking read; nobody else's. */
class InboxIntegrationTests extends MailIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void listsTheOwnersNotificationsNewestFirstInPages() throws Exception {
        var person = Recipient.author("ru");
        var titles = List.of("Первая", "Вторая", "Третья");
        titles.forEach(title -> notify(person, title));

        var first = page(person, "?size=2");
        assertThat(JsonPath.<List<String>>read(first, "$.items[*].practiceTitle")).containsExactly("Третья", "Вторая");
        assertThat(JsonPath.<Integer>read(first, "$.totalItems")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(first, "$.totalPages")).isEqualTo(2);
        assertThat(JsonPath.<List<Boolean>>read(first, "$.items[*].read")).containsExactly(false, false);
        assertThat(JsonPath.<List<String>>read(page(person, "?size=2&page=1"), "$.items[*].practiceTitle"))
                .containsExactly("Первая");
    }

    @Test
    void markingOneReadLowersTheUnreadCountAndLeavesItInTheList() throws Exception {
        var person = Recipient.author("ru");
        var first = notify(person, "Первая");
        notify(person, "Вторая");

        mvc.perform(post("/api/v1/me/notifications/{id}/read", first.id()).with(person.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true))
                .andExpect(jsonPath("$.readAt").isNotEmpty());

        mvc.perform(get("/api/v1/me/notifications/unread-count").with(person.token()))
                .andExpect(jsonPath("$.count").value(1));
        assertThat(JsonPath.<List<String>>read(page(person, "?unread=true"), "$.items[*].practiceTitle"))
                .containsExactly("Вторая");
        assertThat(JsonPath.<Integer>read(page(person, ""), "$.totalItems")).isEqualTo(2);
    }

    @Test
    void readingAgainKeepsTheFirstReadTime() throws Exception {
        var person = Recipient.author("ru");
        var notification = notify(person, "Первая");
        var firstRead = JsonPath.<String>read(mvc.perform(post("/api/v1/me/notifications/{id}/read", notification.id())
                .with(person.token())).andReturn().getResponse().getContentAsString(), "$.readAt");

        mvc.perform(post("/api/v1/me/notifications/{id}/read", notification.id()).with(person.token()))
                .andExpect(jsonPath("$.readAt").value(firstRead));
    }

    @Test
    void markingAllReadEmptiesTheUnreadCountOfTheOwnerOnly() throws Exception {
        var person = Recipient.author("ru");
        var other = Recipient.author("ru");
        notify(person, "Первая");
        notify(person, "Вторая");
        notify(other, "Чужая");

        mvc.perform(post("/api/v1/me/notifications/read-all").with(person.token())).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me/notifications/unread-count").with(person.token())).andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/me/notifications/unread-count").with(other.token())).andExpect(jsonPath("$.count").value(1));
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() throws Exception {
        var owner = Recipient.author("ru");
        var notification = notify(owner, "Первая");

        mvc.perform(post("/api/v1/me/notifications/{id}/read", notification.id()).with(Recipient.author("ru").token()))
                .andExpect(notFound());
        mvc.perform(post("/api/v1/me/notifications/{id}/read", UUID.randomUUID()).with(owner.token()))
                .andExpect(notFound());
        mvc.perform(get("/api/v1/me/notifications/unread-count").with(owner.token())).andExpect(jsonPath("$.count").value(1));
    }

    @Test
    void theInboxNeedsASignedInUser() throws Exception {
        mvc.perform(get("/api/v1/me/notifications")).andExpect(unauthorized());
        mvc.perform(get("/api/v1/me/notifications/unread-count")).andExpect(unauthorized());
        mvc.perform(post("/api/v1/me/notifications/read-all")).andExpect(unauthorized());
        mvc.perform(post("/api/v1/me/notifications/{id}/read", UUID.randomUUID())).andExpect(unauthorized());
        mvc.perform(get("/api/v1/me/notification-settings")).andExpect(unauthorized());
    }

    @Test
    void badPagingIsRefusedNamingTheParameter() throws Exception {
        var person = Recipient.author("ru");
        mvc.perform(get("/api/v1/me/notifications?size=0").with(person.token())).andExpect(invalid("size", "Min"));
        mvc.perform(get("/api/v1/me/notifications?page=-1").with(person.token())).andExpect(invalid("page", "Min"));
        mvc.perform(get("/api/v1/me/notifications?unread=maybe").with(person.token())).andExpect(status().isBadRequest());
    }

    @Test
    void notifyingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> notifications.notify("anybody", NotificationKind.DECISION,
                NotificationParams.aboutPractice(UUID.randomUUID(), "Практика")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    private Notification notify(Recipient person, String title) {
        return transaction.execute(status -> notifications.notify(person.username(), NotificationKind.REVISION_REQUESTED,
                NotificationParams.aboutPractice(UUID.randomUUID(), title).with(NotificationParams.REASON, "Причина")));
    }

    private String page(Recipient person, String query) throws Exception {
        return mvc.perform(get("/api/v1/me/notifications" + query).with(person.token()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
