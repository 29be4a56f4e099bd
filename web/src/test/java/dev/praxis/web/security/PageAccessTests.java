package dev.praxis.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Who may open which address. No controller is loaded: a public address answers 404 here and a
 * signed-in one sends the visitor to sign in, which is what an unknown address must not do.
 */
@WebMvcTest(excludeFilters = @ComponentScan.Filter(Controller.class))
@Import(SecurityConfiguration.class)
class PageAccessTests {

    private static final String SIGN_IN = "/oauth2/authorization/keycloak";
    private static final String ID = "0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10";

    /** The pages anyone may read; every other page a controller answers needs a signed-in user. */
    private static final Set<String> PUBLIC_PAGES = Set.of("GET /", "GET /search", "GET /suggestions",
            "GET /practices/{id}", "GET /practices/{id}/versions", "GET /practices/{id}/versions/{number:\\d+}",
            "GET /practices/{id}/versions/diff",
            // Files of a practice: the registry answers 404 for one the visitor may not see, as for the card.
            "GET /practices/{id}/attachments/{attachmentId}", "GET /practices/{id}/attachments/{attachmentId}/thumbnail");

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownAddressAnswersTheNotFoundPageToAnAnonymousVisitor() throws Exception {
        for (String address : List.of("/stats", "/nope/x", "/practices/x/y", "/favicon.png")) {
            mvc.perform(get(address))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("<h1>Страница не найдена</h1>")))
                    .andExpect(content().string(containsString("<html lang=\"ru\"")));
        }
    }

    @Test
    void anUnknownAddressAnswersTheNotFoundPageInEnglish() throws Exception {
        mvc.perform(get("/stats").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Page not found</h1>")))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void anUnknownAddressAnswersTheNotFoundPageToASignedInUser() throws Exception {
        mvc.perform(get("/stats").with(oidcLogin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Страница не найдена</h1>")));
    }

    @Test
    void aHeadOfAnUnknownAddressAnswersNotFound() throws Exception {
        mvc.perform(head("/nope/x")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownAddressUnderASignedInPartStillAsksToSignIn() throws Exception {
        for (String address : List.of("/my/nope", "/coordination/nope", "/admin/nope", "/replications/nope")) {
            mvc.perform(get(address))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", endsWith(SIGN_IN)));
        }
    }

    @Test
    void aChangeSentAnywhereNeedsASignedInUser() throws Exception {
        mvc.perform(post("/nope").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith(SIGN_IN)));
    }

    @Test
    void theStylesheetScriptsAndIconsAreServedWithoutSigningIn() throws Exception {
        for (String address : List.of("/css/praxis.css", "/js/suggestions.js", "/webjars/htmx.org/dist/htmx.min.js",
                "/favicon.svg", "/favicon.ico")) {
            mvc.perform(get(address)).andExpect(status().isOk());
            mvc.perform(head(address)).andExpect(status().isOk());
        }
    }

    @Test
    void theIconsMayBeCachedForAWeek() throws Exception {
        mvc.perform(get("/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(header().string("Cache-Control", "max-age=604800, public"))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=604800, public"));
    }

    /**
     * Reading is public by default, so a page that needs a role must be listed in
     * {@link SecurityConfiguration}; this fails for any page a controller answers that is neither
     * listed there nor named public above.
     */
    @Test
    void everyPageButThePublicOnesSendsAnAnonymousVisitorToSignIn() throws Exception {
        List<String> pages = controllerPages();
        assertThat(pages).contains("GET /", "GET /practices/{id}", "GET /my/practices", "POST /admin/search-index/rebuilds");
        for (String page : pages) {
            if (PUBLIC_PAGES.contains(page)) {
                continue;
            }
            String[] methodAndPath = page.split(" ", 2);
            mvc.perform(request(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1].replaceAll("\\{[^}]+}", ID)).with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", endsWith(SIGN_IN)));
        }
    }

    /** "METHOD /path" for every handler method of every controller in the application. */
    private static List<String> controllerPages() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> pages = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("dev.praxis.web")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), PageAccessTests.class.getClassLoader());
            // Controllers of other tests (a page that renders one fragment) are no pages of the application.
            if (type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue;
            }
            RequestMapping prefix = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            List<String> prefixes = prefix == null || prefix.path().length == 0 ? List.of("") : List.of(prefix.path());
            for (var method : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                List<String> paths = mapping.path().length == 0 ? List.of("") : Arrays.asList(mapping.path());
                for (var httpMethod : mapping.method()) {
                    for (String start : prefixes) {
                        for (String path : paths) {
                            pages.add(httpMethod + " " + (start + path).replaceAll("^$", "/"));
                        }
                    }
                }
            }
        }
        return pages;
    }
}
