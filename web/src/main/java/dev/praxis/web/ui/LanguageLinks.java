package dev.praxis.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language links: the page being read, in the other language. A bare {@code ?lang=en}
 * would drop the search, its filters and its page, so the links keep the current query and only
 * set {@code lang}.
 */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Links languageLinks(HttpServletRequest request) {
        // A page answering a form post has no address of its own to come back to.
        if (!HttpMethod.GET.matches(request.getMethod())) {
            return new Links("?lang=ru", "?lang=en");
        }
        return new Links(link(request, "ru"), link(request, "en"));
    }

    private static String link(HttpServletRequest request, String language) {
        // The query string arrives encoded and stays so: only the ASCII lang value is added.
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("lang", language).build(true).toUriString();
        } catch (IllegalArgumentException notWellEncoded) {
            return "?lang=" + language;
        }
    }

    record Links(String ru, String en) {
    }
}
