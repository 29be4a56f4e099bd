package dev.praxis.web.version;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The versions of a practice, each version read-only, and the diff of two. Public like the card:
 * the registry hides the versions of a practice the user may not see (a 404 page).
 */
@Controller
class VersionsController {

    private final VersionRegistry versions;

    VersionsController(VersionRegistry versions) {
        this.versions = versions;
    }

    @GetMapping("/practices/{id}/versions")
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("practice", versions.practice(id));
        model.addAttribute("versions", versions.versions(id).reversed());
        return "versions/list";
    }

    @GetMapping("/practices/{id}/versions/{number:\\d+}")
    String version(@PathVariable UUID id, @PathVariable int number, Model model) {
        model.addAttribute("practice", versions.practice(id));
        var snapshot = versions.snapshot(id, number);
        model.addAttribute("version", snapshot.version());
        model.addAttribute("content", ContentView.of(snapshot.content()));
        return "versions/version";
    }

    /** {@code from} and {@code to} are version numbers or {@code current}; the registry refuses others. */
    @GetMapping("/practices/{id}/versions/diff")
    String diff(@PathVariable UUID id, @RequestParam String from, @RequestParam String to, Model model) {
        model.addAttribute("practice", versions.practice(id));
        model.addAttribute("diff", versions.diff(id, from, to));
        return "versions/diff";
    }
}
