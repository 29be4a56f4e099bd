package dev.praxis.web.indexing;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.web.downstream.Problem;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.security.SecurityConfiguration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SearchIndexController.class)
@Import(SecurityConfiguration.class)
class SearchIndexPageTests {

    private static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-03-01T10:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    IndexRebuilds rebuilds;

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/admin/search-index"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/oauth2/authorization/keycloak")));
    }

    @Test
    void forbidsThePageAndTheRebuildToEveryoneButAdmins() throws Exception {
        mvc.perform(get("/admin/search-index").with(user("coordinator", "coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/search-index/rebuilds").with(user("expert", "expert")).with(csrf()))
                .andExpect(status().isForbidden());
        then(rebuilds).shouldHaveNoInteractions();
    }

    @Test
    void saysWhenTheIndexWasNeverRebuilt() throws Exception {
        given(rebuilds.latest()).willReturn(Optional.empty());

        mvc.perform(get("/admin/search-index").with(user("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-rebuild\"")))
                .andExpect(content().string(containsString("id=\"start-rebuild\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("id=\"nav-search-index\"")))
                .andExpect(content().string(not(containsString("every 2s"))));
    }

    @Test
    void showsARunningRebuildThatRefreshesItself() throws Exception {
        given(rebuilds.latest()).willReturn(Optional.of(new Rebuild("r1", "RUNNING", "practices-2", "practices-1",
                16L, 5L, STARTED, null, null)));

        mvc.perform(get("/admin/search-index").with(user("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-state=\"RUNNING\"")))
                .andExpect(content().string(containsString("id=\"rebuild-progress\"")))
                .andExpect(content().string(containsString(
                        "<progress id=\"rebuild-bar\" max=\"16\" value=\"5\">5 / 16</progress>")))
                .andExpect(content().string(containsString("hx-get=\"/admin/search-index\" hx-trigger=\"every 2s\"")));
    }

    @Test
    void pollingGetsOnlyTheRebuildSectionAndStopsWhenDone() throws Exception {
        given(rebuilds.latest()).willReturn(Optional.of(new Rebuild("r1", "SUCCEEDED", "practices-2", "practices-1",
                16L, 16L, STARTED, STARTED.plusSeconds(4), null)));

        mvc.perform(get("/admin/search-index").with(user("admin", "admin")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<section id=\"latest-rebuild\"")))
                .andExpect(content().string(containsString("data-state=\"SUCCEEDED\"")))
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void showsWhyARebuildFailed() throws Exception {
        given(rebuilds.latest()).willReturn(Optional.of(new Rebuild("r1", "FAILED", "practices-2", "practices-1",
                null, 0L, STARTED, STARTED.plusSeconds(1), "registry unreachable")));

        mvc.perform(get("/admin/search-index").with(user("admin", "admin")))
                .andExpect(content().string(containsString("Завершилась ошибкой")))
                .andExpect(content().string(containsString(">registry unreachable</p>")));
    }

    @Test
    void startsARebuild() throws Exception {
        given(rebuilds.start()).willReturn(new Rebuild("r2", "RUNNING", "practices-3", "practices-2", null, 0L,
                STARTED, null, null));

        mvc.perform(post("/admin/search-index/rebuilds").with(user("admin", "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/search-index"))
                .andExpect(flash().attributeExists("successMessage"));
    }

    @Test
    void saysARebuildIsAlreadyRunning() throws Exception {
        given(rebuilds.start()).willThrow(new ServiceException.RuleViolated(new Problem(
                "https://praxis.dev/problems/rule-violated", null, null, "rebuild-running", null, null, null)));
        given(rebuilds.latest()).willReturn(Optional.empty());

        mvc.perform(post("/admin/search-index/rebuilds").with(user("admin", "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/search-index"))
                .andExpect(flash().attributeExists("errorMessage"));
    }

    @Test
    void showsTheAlreadyRunningNoticeAfterTheRedirect() throws Exception {
        given(rebuilds.latest()).willReturn(Optional.empty());

        mvc.perform(get("/admin/search-index").with(user("admin", "admin")).flashAttr("errorMessage",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                "indexing.rebuild.already-running")))
                .andExpect(content().string(containsString("Пересборка уже идёт")));
    }

    private static OidcLoginRequestPostProcessor user(String username, String role) {
        return oidcLogin()
                .idToken(token -> token.subject(username).claim("name", username))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
