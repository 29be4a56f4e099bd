package dev.praxis.web.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.web.downstream.Page;
import dev.praxis.web.security.SecurityConfiguration;
import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.client.ResourceAccessException;

@WebMvcTest(NotificationController.class)
@Import(SecurityConfiguration.class)
class NotificationPagesTests {

    private static final UUID UNREAD = UUID.fromString("5f1d8a52-7a0e-4b8e-9d1c-2f3a4b5c6d7e");
    private static final UUID READ = UUID.fromString("6a2e9b63-8b1f-4c9f-8e2d-3a4b5c6d7e8f");
    private static final UUID PRACTICE = UUID.fromString("0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NotificationRegistry notifications;

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/notifications"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/oauth2/authorization/keycloak")));
        mvc.perform(get("/notifications/settings"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void listsTheInboxWithTheUnreadOnesMarkedAndTheirCountInTheHeader() throws Exception {
        given(notifications.inbox(0, false)).willReturn(new Page<>(List.of(revisionRequested(), approved()), 0, 20, 2, 1));
        given(notifications.unreadCount()).willReturn(1L);

        mvc.perform(get("/notifications").with(user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Практика «Центр поддержки бизнеса» возвращена на доработку.")))
                .andExpect(content().string(containsString("Причина: Добавьте бюджет")))
                .andExpect(content().string(containsString("Координатор одобрил вашу практику «Центр поддержки бизнеса».")))
                .andExpect(content().string(containsString("id=\"notification-" + UNREAD + "\" class=\"notification unread\"")))
                .andExpect(content().string(containsString("id=\"notification-" + READ + "\" class=\"notification\"")))
                .andExpect(content().string(containsString("id=\"read-" + UNREAD + "\"")))
                .andExpect(content().string(not(containsString("id=\"read-" + READ + "\""))))
                .andExpect(content().string(containsString("id=\"read-all\"")))
                .andExpect(content().string(containsString("id=\"unread-count\"")))
                .andExpect(content().string(containsString("1 непрочитанных")));
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        given(notifications.inbox(0, false)).willReturn(new Page<>(List.of(approved()), 0, 20, 1, 1));

        mvc.perform(get("/notifications").cookie(new Cookie("praxis-lang", "en")).with(user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A coordinator approved your practice “Центр поддержки бизнеса”.")));
    }

    @Test
    void saysSoWhenThereIsNothingAndShowsNoCountOfZero() throws Exception {
        given(notifications.inbox(0, true)).willReturn(new Page<>(List.of(), 0, 20, 0, 0));
        given(notifications.unreadCount()).willReturn(0L);

        mvc.perform(get("/notifications").param("unread", "true").with(user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notifications-empty\"")))
                .andExpect(content().string(containsString("Непрочитанных уведомлений нет")))
                .andExpect(content().string(not(containsString("id=\"read-all\""))))
                .andExpect(content().string(not(containsString("id=\"unread-count\""))));
    }

    @Test
    void aRegistryThatCannotCountLeavesThePageWithoutTheNumber() throws Exception {
        given(notifications.inbox(0, false)).willReturn(new Page<>(List.of(approved()), 0, 20, 1, 1));
        given(notifications.unreadCount()).willThrow(new ResourceAccessException("Connection refused"));

        mvc.perform(get("/notifications").with(user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nav-notifications\"")))
                .andExpect(content().string(not(containsString("id=\"unread-count\""))));
    }

    @Test
    void pagesThroughALongInboxKeepingTheUnreadFilter() throws Exception {
        given(notifications.inbox(1, true)).willReturn(new Page<>(List.of(revisionRequested()), 1, 20, 45, 3));

        mvc.perform(get("/notifications").param("page", "2").param("unread", "true").with(user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rel=\"prev\" href=\"/notifications?unread=true&amp;page=1\"")))
                .andExpect(content().string(containsString("rel=\"next\" href=\"/notifications?unread=true&amp;page=3\"")));
    }

    @Test
    void marksOneReadAndAllRead() throws Exception {
        mvc.perform(post("/notifications/" + UNREAD + "/read").with(user()).with(csrf()))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flashMessage("notification.marked-read"));
        then(notifications).should().markRead(UNREAD);

        mvc.perform(post("/notifications/read-all").with(user()).with(csrf()))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flashMessage("notification.all-marked-read"));
        then(notifications).should().markAllRead();
    }

    @Test
    void openingMarksItReadAndGoesToThePracticeButNeverOffTheSite() throws Exception {
        given(notifications.markRead(UNREAD)).willReturn(revisionRequested());
        mvc.perform(post("/notifications/" + UNREAD + "/open").with(user()).with(csrf()))
                .andExpect(redirectedUrl("/my/practices/" + PRACTICE));

        given(notifications.markRead(READ)).willReturn(new Notification(READ, "DECISION", PRACTICE, "Практика",
                "//evil.example/", Map.of(), OffsetDateTime.now(), OffsetDateTime.now(), true));
        mvc.perform(post("/notifications/" + READ + "/open").with(user()).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
    }

    @Test
    void showsAndSavesTheSettings() throws Exception {
        given(notifications.settings()).willReturn(new NotificationSettings(true, "en", "en", "author@praxis.example"));

        mvc.perform(get("/notifications/settings").with(user()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("author@praxis.example")))
                .andExpect(content().string(containsString("id=\"email-enabled\" name=\"emailEnabled\" type=\"checkbox\" value=\"true\" checked")))
                .andExpect(content().string(containsString("id=\"language-en\" type=\"radio\" name=\"language\" value=\"en\" checked")));

        mvc.perform(post("/notifications/settings").param("language", "").with(user()).with(csrf()))
                .andExpect(redirectedUrl("/notifications/settings"))
                .andExpect(flashMessage("notification.settings.saved"));
        then(notifications).should().saveSettings(false, null);

        mvc.perform(post("/notifications/settings").param("emailEnabled", "true").param("language", "ru")
                .with(user()).with(csrf())).andExpect(redirectedUrl("/notifications/settings"));
        then(notifications).should().saveSettings(true, "ru");
    }

    private static ResultMatcher flashMessage(String code) {
        return result -> assertThat(result.getFlashMap().get("successMessage"))
                .isInstanceOfSatisfying(MessageSourceResolvable.class, message -> assertThat(message.getCodes()).contains(code));
    }

    private static Notification revisionRequested() {
        return new Notification(UNREAD, "REVISION_REQUESTED", PRACTICE, "Центр поддержки бизнеса",
                "/my/practices/" + PRACTICE, Map.of("reason", "Добавьте бюджет"), OffsetDateTime.parse("2026-12-04T10:15:00Z"),
                null, false);
    }

    private static Notification approved() {
        return new Notification(READ, "DECISION", PRACTICE, "Центр поддержки бизнеса", "/my/practices/" + PRACTICE,
                Map.of("decision", "approved"), OffsetDateTime.parse("2026-12-03T09:00:00Z"),
                OffsetDateTime.parse("2026-12-03T12:00:00Z"), true);
    }

    private static OidcLoginRequestPostProcessor user() {
        return oidcLogin()
                .idToken(token -> token.subject("author").claim("name", "Анна Авторова"))
                .authorities(new SimpleGrantedAuthority("ROLE_author"));
    }
}
