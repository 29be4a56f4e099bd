package dev.praxis.web.notification;

import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.ui.Flash;
import dev.praxis.web.ui.Pagination;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox of the signed-in user and their notification settings. */
@Controller
class NotificationController {

    private final NotificationRegistry notifications;

    NotificationController(NotificationRegistry notifications) {
        this.notifications = notifications;
    }

    /** {@code page} is 1-based as in every list's URL; {@code unread=true} lists the unread ones only. */
    @GetMapping("/notifications")
    String inbox(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "false") boolean unread,
            Model model) {
        var inbox = notifications.inbox(Pagination.toZeroBased(page), unread);
        model.addAttribute("inbox", inbox);
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("pagination", Pagination.ofZeroBased(inbox.page(), inbox.totalPages()));
        model.addAttribute("pagePath", unread ? "/notifications?unread=true" : "/notifications");
        return "notifications/inbox";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable UUID id, RedirectAttributes redirect) {
        notifications.markRead(id);
        Flash.success(redirect, "notification.marked-read");
        return "redirect:/notifications";
    }

    /** Marks it read and goes where it points (the practice it is about). */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable UUID id) {
        return "redirect:" + notifications.markRead(id).safeLink();
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(RedirectAttributes redirect) {
        notifications.markAllRead();
        Flash.success(redirect, "notification.all-marked-read");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        model.addAttribute("settings", notifications.settings());
        return "notifications/settings";
    }

    /** {@code language}: ru, en, or empty to follow the language of the sign-in. */
    @PostMapping("/notifications/settings")
    String saveSettings(@RequestParam(defaultValue = "false") boolean emailEnabled,
            @RequestParam(defaultValue = "") String language, Model model, RedirectAttributes redirect) {
        try {
            notifications.saveSettings(emailEnabled, language.isBlank() ? null : language);
        } catch (ServiceException.InputRejected rejected) {
            model.addAttribute("settings", notifications.settings());
            model.addAttribute("errorMessage", "notification.settings.invalid");
            return "notifications/settings";
        }
        Flash.success(redirect, "notification.settings.saved");
        return "redirect:/notifications/settings";
    }
}
