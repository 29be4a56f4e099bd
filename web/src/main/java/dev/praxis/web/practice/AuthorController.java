package dev.praxis.web.practice;

import dev.praxis.web.downstream.FormErrors;
import dev.praxis.web.downstream.ProblemMessages;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.ui.Flash;
import dev.praxis.web.ui.Pagination;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An author's own practices: the list, and the form that creates and edits drafts. */
@Controller
@RequestMapping("/my/practices")
class AuthorController {

    private static final String FORM = "practices/form";

    private final PracticeRegistry practices;
    private final ReferenceData referenceData;

    AuthorController(PracticeRegistry practices, ReferenceData referenceData) {
        this.practices = practices;
        this.referenceData = referenceData;
    }

    @GetMapping
    String mine(@RequestParam(defaultValue = "1") int page, Model model) {
        var mine = practices.mine(Pagination.toZeroBased(page));
        model.addAttribute("practices", mine);
        model.addAttribute("pagination", Pagination.ofZeroBased(mine.page(), mine.totalPages()));
        return "practices/mine";
    }

    @GetMapping("/new")
    String newPractice(Model model) {
        return form(PracticeForm.blank(), null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") PracticeForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        return save(form, errors, action, null, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Authentication user, Model model, RedirectAttributes redirect) {
        Practice practice = practices.find(id);
        if (!practice.isAuthoredBy(user.getName())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!practice.isDraft()) {
            Flash.error(redirect, "practice.edit.only-drafts");
            return "redirect:/my/practices/" + id;
        }
        return form(PracticeForm.of(practice), id, model);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") PracticeForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        return save(form, errors, action, id, model, redirect);
    }

    private String save(PracticeForm form, BindingResult errors, String action, UUID id, Model model,
            RedirectAttributes redirect) {
        if ("add-step".equals(action)) {
            form.addStep();
            return form(form, id, model);
        }
        if ("add-effect".equals(action)) {
            form.addEffect();
            return form(form, id, model);
        }
        if (errors.hasErrors()) {
            return form(form, id, model);
        }
        form.dropBlankRows();
        try {
            Practice saved = id == null ? practices.create(form.toDraft()) : practices.update(id, form.toDraft());
            Flash.success(redirect, "practice.saved");
            return "redirect:/my/practices/" + saved.id();
        } catch (ServiceException.InputRejected rejected) {
            FormErrors.show(rejected, errors);
        } catch (ServiceException.RuleViolated violation) {
            var message = ProblemMessages.of(violation);
            errors.addError(new ObjectError("form", message.getCodes(), message.getArguments(),
                    message.getDefaultMessage()));
        }
        form.offerBlankRows();
        return form(form, id, model);
    }

    private String form(PracticeForm form, UUID id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("practiceId", id);
        model.addAttribute("regions", referenceData.regions());
        model.addAttribute("directions", referenceData.directions());
        return FORM;
    }
}
