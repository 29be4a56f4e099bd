package dev.praxis.registry.people;

import dev.praxis.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.UUID;

import static dev.praxis.registry.support.Problems.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The directory learns people from their tokens, cheaply, and keeps their notification settings. */
@RegistryIntegrationTest
class PeopleIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAuthenticatedRequestNotesTheCallerFromTheToken() throws Exception {
        var username = unique("expert");

        mvc.perform(get("/api/v1/regions").with(token(username, "Елена Экспертова", "en-GB", "expert")))
                .andExpect(status().isOk());

        var person = people.find(username).orElseThrow();
        assertThat(person.name()).isEqualTo("Елена Экспертова");
        assertThat(person.email()).isEqualTo(username + "@praxis.test");
        assertThat(person.language()).isEqualTo(Language.EN);
        assertThat(person.roles()).containsExactly("expert");
        assertThat(people.withRole("expert")).extracting(Person::username).contains(username);
        assertThat(people.withRole("coordinator")).extracting(Person::username).doesNotContain(username);
    }

    @Test
    void theSameTokenAgainWritesNothingAndAChangedOneIsKept() throws Exception {
        var username = unique("author");
        var token = token(username, "Анна Авторова", "ru", "author");
        mvc.perform(get("/api/v1/regions").with(token)).andExpect(status().isOk());
        jdbc.sql("update people set name = 'written by the test' where username = :u").param("u", username).update();

        mvc.perform(get("/api/v1/regions").with(token)).andExpect(status().isOk());
        assertThat(people.find(username).orElseThrow().name()).isEqualTo("written by the test");

        mvc.perform(get("/api/v1/regions").with(token(username, "Анна Петрова", "ru", "author"))).andExpect(status().isOk());
        assertThat(people.find(username).orElseThrow().name()).isEqualTo("Анна Петрова");
    }

    @Test
    void settingsStartWithMailOnInTheTokensLanguageAndKeepWhatTheOwnerChose() throws Exception {
        var username = unique("author");
        var token = token(username, "Анна Авторова", "en", "author");

        mvc.perform(get("/api/v1/me/notification-settings").with(token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emailEnabled").value(true))
                .andExpect(jsonPath("$.language").doesNotExist())
                .andExpect(jsonPath("$.effectiveLanguage").value("en"))
                .andExpect(jsonPath("$.email").value(username + "@praxis.test"));

        mvc.perform(put("/api/v1/me/notification-settings").with(token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"emailEnabled\": false, \"language\": \"ru\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emailEnabled").value(false))
                .andExpect(jsonPath("$.effectiveLanguage").value("ru"));

        mvc.perform(get("/api/v1/me/notification-settings").with(token))
                .andExpect(jsonPath("$.emailEnabled").value(false))
                .andExpect(jsonPath("$.language").value("ru"));
        var person = people.find(username).orElseThrow();
        assertThat(person.wantsEmail()).isFalse();
        assertThat(person.language()).isEqualTo(Language.RU);
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        var username = unique("author");
        var token = token(username, "Анна Авторова", "ru", "author");

        mvc.perform(put("/api/v1/me/notification-settings").with(token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"emailEnabled\": false, \"language\": \"de\"}")).andExpect(invalid("language", "Pattern"));
        mvc.perform(put("/api/v1/me/notification-settings").with(token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"language\": \"en\"}")).andExpect(invalid("emailEnabled", "NotNull"));

        mvc.perform(get("/api/v1/me/notification-settings").with(token))
                .andExpect(jsonPath("$.emailEnabled").value(true))
                .andExpect(jsonPath("$.language").doesNotExist());
    }

    private static RequestPostProcessor token(String username, String name, String locale, String role) {
        return jwt().jwt(jwt -> jwt.claim("preferred_username", username).claim("name", name)
                        .claim("email", username + "@praxis.test").claim("locale", locale))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
