package dev.praxis.web.practice;

import dev.praxis.web.downstream.Problem;
import dev.praxis.web.downstream.ProblemMessages;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.reference.ReferenceNames;
import dev.praxis.web.ui.Flash;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice card and the moves made from it. Its buttons are the moves the registry offers the
 * user in the practice's {@code actions}; the coordinators' decisions and their reasons come first.
 */
@Controller
class PracticeCardController {

    private static final Logger log = LoggerFactory.getLogger(PracticeCardController.class);

    private final PracticeRegistry practices;
    private final SimilarPractices similarPractices;
    private final ReferenceData referenceData;

    PracticeCardController(PracticeRegistry practices, SimilarPractices similarPractices,
            ReferenceData referenceData) {
        this.practices = practices;
        this.similarPractices = similarPractices;
        this.referenceData = referenceData;
    }

    @GetMapping({"/practices/{id}", "/my/practices/{id}"})
    String card(@PathVariable UUID id, Authentication user, Locale locale, Model model) {
        Practice practice = practices.find(id);
        boolean signedIn = user != null && !(user instanceof AnonymousAuthenticationToken);
        model.addAttribute("practice", practice);
        model.addAttribute("texts", new CardTexts(locale, practice.language()));
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("names", ReferenceNames.from(referenceData, locale));
        // The history names people and carries the coordinators' reasons: for signed-in users only.
        if (signedIn) {
            List<HistoryEntry> history = practices.history(id);
            model.addAttribute("history", history);
            model.addAttribute("decisions", history.stream().filter(HistoryEntry::isDecision)
                    .sorted(Comparator.comparing(HistoryEntry::at).reversed()).toList());
        }
        if (practice.published()) {
            model.addAttribute("similar", similar(id));
        }
        return "practices/card";
    }

    /** The card is still useful without this list: when search fails, there is none. */
    private List<SimilarPractices.Similar> similar(UUID id) {
        try {
            return similarPractices.to(id);
        } catch (ServiceException | RestClientException unavailable) {
            log.warn("No similar practices for {}: {}", id, unavailable.getMessage());
            return List.of();
        }
    }

    /**
     * A move offered on the card (submit, withdraw, approve…). The registry decides whether the user
     * may make it; the page explains a refusal next to the buttons.
     */
    @PostMapping("/practices/{id}/moves/{action}")
    String move(@PathVariable UUID id, @PathVariable String action, @RequestParam long version,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String year,
            RedirectAttributes redirect) {
        PracticeMove move = PracticeMove.named(action)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String back = move == PracticeMove.SUBMIT || move == PracticeMove.WITHDRAW
                ? "redirect:/my/practices/" + id : "redirect:/practices/" + id;
        Integer recommendedFor = parseYear(year);
        if (move.takesYear() && recommendedFor == null) {
            Flash.error(redirect, "practice.move.year-invalid");
            return back;
        }
        try {
            practices.move(id, version, move,
                    new Decision(StringUtils.hasText(comment) ? comment.strip() : null, recommendedFor));
            Flash.success(redirect, "practice.moved." + move.apiName());
        } catch (ServiceException.InputRejected rejected) {
            Flash.error(redirect, rejectionMessage(rejected));
        } catch (ServiceException.RuleViolated violation) {
            Flash.error(redirect, ProblemMessages.of(violation));
        } catch (ServiceException.ChangedMeanwhile changed) {
            Flash.error(redirect, "practice.changed-meanwhile");
        }
        return back;
    }

    private static Integer parseYear(String year) {
        try {
            return StringUtils.hasText(year) ? Integer.valueOf(year.strip()) : null;
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }

    /** The registry names the field: a reason it requires, or a year outside the range it allows. */
    private static String rejectionMessage(ServiceException.InputRejected rejected) {
        var fields = rejected.problem().errors().stream().map(Problem.FieldProblem::field).toList();
        if (fields.contains("comment")) {
            return "practice.move.comment-invalid";
        }
        if (fields.contains("year")) {
            return "practice.move.year-invalid";
        }
        return "problem.invalid";
    }
}
