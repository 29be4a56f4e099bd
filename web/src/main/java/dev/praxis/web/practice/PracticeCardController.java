package dev.praxis.web.practice;

import dev.praxis.web.downstream.ProblemMessages;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.reference.ReferenceNames;
import dev.praxis.web.ui.Flash;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice card and the status changes made from it: the author submits a draft, a
 * coordinator approves or rejects a submitted practice and archives a published one.
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
        boolean author = signedIn && practice.isAuthoredBy(user.getName());
        boolean coordinator = signedIn
                && AuthorityUtils.authorityListToSet(user.getAuthorities()).contains("ROLE_coordinator");
        model.addAttribute("practice", practice);
        model.addAttribute("texts", new CardTexts(locale, practice.language()));
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("names", ReferenceNames.from(referenceData, locale));
        model.addAttribute("author", author);
        // The history names people and carries review comments: only for those who take part.
        if (author || coordinator) {
            model.addAttribute("history", practices.history(id));
        }
        if (practice.isApproved()) {
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

    @PostMapping("/my/practices/{id}/submit")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            practices.submit(id);
            Flash.success(redirect, "practice.submitted");
        } catch (ServiceException.RuleViolated violation) {
            Flash.error(redirect, ProblemMessages.of(violation));
        }
        return "redirect:/my/practices/" + id;
    }

    @PostMapping("/coordination/practices/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return decide(id, redirect, "practice.approved",
                () -> practices.approve(id, new Decision(StringUtils.hasText(comment) ? comment.strip() : null)));
    }

    @PostMapping("/coordination/practices/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        if (!StringUtils.hasText(comment)) {
            Flash.error(redirect, "practice.reject.comment-required");
            return "redirect:/practices/" + id;
        }
        return decide(id, redirect, "practice.rejected", () -> practices.reject(id, new Decision(comment.strip())));
    }

    @PostMapping("/coordination/practices/{id}/archive")
    String archive(@PathVariable UUID id, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        if (!StringUtils.hasText(comment)) {
            Flash.error(redirect, "practice.archive.comment-required");
            return "redirect:/practices/" + id;
        }
        return decide(id, redirect, "practice.archived", () -> practices.archive(id, new Decision(comment.strip())));
    }

    private String decide(UUID id, RedirectAttributes redirect, String successMessage, Runnable decision) {
        try {
            decision.run();
            Flash.success(redirect, successMessage);
        } catch (ServiceException.RuleViolated violation) {
            Flash.error(redirect, ProblemMessages.of(violation));
        } catch (ServiceException.InputRejected rejected) {
            Flash.error(redirect, "problem.invalid");
        }
        return "redirect:/practices/" + id;
    }
}
