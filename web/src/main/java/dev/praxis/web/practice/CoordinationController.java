package dev.praxis.web.practice;

import dev.praxis.web.ui.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's queue: submitted practices waiting for a decision, oldest first. */
@Controller
class CoordinationController {

    private final PracticeRegistry practices;

    CoordinationController(PracticeRegistry practices) {
        this.practices = practices;
    }

    @GetMapping("/coordination/queue")
    String queue(@RequestParam(defaultValue = "1") int page, Model model) {
        var queue = practices.awaitingDecision(Pagination.toZeroBased(page));
        model.addAttribute("queue", queue);
        model.addAttribute("pagination", Pagination.ofZeroBased(queue.page(), queue.totalPages()));
        return "coordination/queue";
    }
}
