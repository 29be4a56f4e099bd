package dev.praxis.web.indexing;

import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.ui.Flash;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search index page for admins. While a rebuild runs, its section asks for itself again
 * every two seconds (htmx), and gets only that fragment back.
 */
@Controller
class SearchIndexController {

    private static final String PAGE = "admin/search-index";

    private final IndexRebuilds rebuilds;

    SearchIndexController(IndexRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @GetMapping("/admin/search-index")
    String searchIndex(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("rebuild", rebuilds.latest().orElse(null));
        return htmx == null ? PAGE : PAGE + " :: latest-rebuild";
    }

    @PostMapping("/admin/search-index/rebuilds")
    String startRebuild(RedirectAttributes redirect) {
        try {
            rebuilds.start();
            Flash.success(redirect, "indexing.rebuild.started");
        } catch (ServiceException.RuleViolated alreadyRunning) {
            Flash.error(redirect, "indexing.rebuild.already-running");
        }
        return "redirect:/admin/search-index";
    }
}
