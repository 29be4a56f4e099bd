package dev.praxis.search.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.praxis.search.IntegrationTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

class SecurityIntegrationTests extends IntegrationTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void searchHealthAndApiDocsArePublic() throws Exception {
        mvc.perform(get("/api/v1/practices/search")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void aHeadIsAllowedWhereTheGetIs() throws Exception {
        mvc.perform(head("/api/v1/practices/search").param("q", "МФЦ")).andExpect(status().isOk());
        mvc.perform(head("/actuator/metrics")).andExpect(status().isUnauthorized());
    }

    @Test
    void answers401ProblemWithoutAToken() throws Exception {
        mvc.perform(get("/actuator/metrics"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/unauthorized"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void answers403ProblemWithoutTheAdminRole() throws Exception {
        mvc.perform(get("/actuator/metrics").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_author"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://praxis.dev/problems/forbidden"));
        mvc.perform(get("/actuator/metrics").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"))))
                .andExpect(status().isOk());
    }

    @Test
    void timesEachRequestButNotEachSecurityFilterApart() throws Exception {
        mvc.perform(get("/api/v1/practices/search")).andExpect(status().isOk());
        var admin = jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"));
        mvc.perform(get("/actuator/metrics/http.server.requests").with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").isNotEmpty());
        mvc.perform(get("/actuator/metrics/spring.security.filterchains").with(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/metrics/spring.security.authorizations").with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void neverStartsABrowserLoginOrASession() throws Exception {
        mvc.perform(get("/oauth2/authorization/praxis-search"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().doesNotExist("Location"));
        mvc.perform(get("/login")).andExpect(status().isUnauthorized());
    }
}
