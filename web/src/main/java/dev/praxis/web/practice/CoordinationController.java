package dev.praxis.web.practice;

import dev.praxis.web.ui.Pagination;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's queues: submitted, in screening, under review; oldest submission first. */
@Controller
class CoordinationController {

    /** The queues a coordinator works through, in the order a practice passes them. */
    static final List<String> QUEUES = List.of("SUBMITTED", "SCREENING", "UNDER_REVIEW");

    private final PracticeRegistry practices;

    CoordinationController(PracticeRegistry practices) {
        this.practices = practices;
    }

    @GetMapping("/coordination/queue")
    String queue(@RequestParam(defaultValue = "SUBMITTED") String status, @RequestParam(defaultValue = "1") int page,
            Model model) {
        String chosen = QUEUES.contains(status) ? status : QUEUES.getFirst();
        var queue = practices.inStatus(chosen, Pagination.toZeroBased(page));
        model.addAttribute("queue", queue);
        model.addAttribute("queues", QUEUES);
        model.addAttribute("status", chosen);
        model.addAttribute("pagination", Pagination.ofZeroBased(queue.page(), queue.totalPages()));
        return "coordination/queue";
    }
}
