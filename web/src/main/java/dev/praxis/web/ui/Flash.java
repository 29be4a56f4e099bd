package dev.praxis.web.ui;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line notice shown on the page after a redirect, translated when the page renders
 * (layout.html resolves it through the message source in the reader's language).
 */
public final class Flash {

    private Flash() {
    }

    public static void success(RedirectAttributes redirect, String messageCode) {
        redirect.addFlashAttribute("successMessage", new DefaultMessageSourceResolvable(messageCode));
    }

    public static void error(RedirectAttributes redirect, String messageCode) {
        error(redirect, new DefaultMessageSourceResolvable(messageCode));
    }

    public static void error(RedirectAttributes redirect, MessageSourceResolvable message) {
        redirect.addFlashAttribute("errorMessage", message);
    }
}
