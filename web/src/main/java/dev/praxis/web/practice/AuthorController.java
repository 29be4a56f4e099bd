package dev.praxis.web.practice;

import dev.praxis.web.downstream.FormErrors;
import dev.praxis.web.downstream.ProblemMessages;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.ui.Flash;
import dev.praxis.web.ui.Pagination;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An author's own practices: the list, and the form that creates and edits drafts. */
@Controller
@RequestMapping("/my/practices")
class AuthorController {

    private static final String FORM = "practices/form";

    private final PracticeRegistry practices;
    private final ReferenceData referenceData;
    private final FieldLabels labels;

    AuthorController(PracticeRegistry practices, ReferenceData referenceData, FieldLabels labels) {
        this.practices = practices;
        this.referenceData = referenceData;
        this.labels = labels;
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
        var row = RowAction.parse(action);
        if (row != null) {
            model.addAttribute("focus", row.applyTo(form));
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

    /**
     * The autosave of the form's script: saves the draft as typed, without leaving the page. It
     * answers the URLs to post to from now on (a new practice has one after its first save); a draft
     * the registry refuses is not saved, and the author sees why on the next explicit save.
     */
    @PostMapping({"/new/autosave", "/{id}/autosave"})
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable(required = false) UUID id,
            @ModelAttribute("form") PracticeForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return ResponseEntity.unprocessableContent().body(Map.of("saved", false));
        }
        form.dropBlankRows();
        try {
            Practice saved = id == null ? practices.create(form.toDraft()) : practices.update(id, form.toDraft());
            return ResponseEntity.ok(Map.of("saved", true, "id", saved.id(),
                    "action", "/my/practices/" + saved.id() + "/edit",
                    "autosave", "/my/practices/" + saved.id() + "/autosave"));
        } catch (ServiceException.InputRejected | ServiceException.RuleViolated refused) {
            return ResponseEntity.unprocessableContent().body(Map.of("saved", false));
        }
    }

    private String form(PracticeForm form, UUID id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("practiceId", id);
        model.addAttribute("labels", labels);
        model.addAttribute("formAction", id == null ? "/my/practices/new" : "/my/practices/" + id + "/edit");
        model.addAttribute("autosaveAction", id == null ? "/my/practices/new/autosave" : "/my/practices/" + id + "/autosave");
        model.addAttribute("fundingKinds", List.of("FEDERAL", "REGIONAL", "MUNICIPAL", "EXTRA_BUDGETARY"));
        model.addAttribute("regions", referenceData.regions());
        model.addAttribute("directions", referenceData.directions());
        return FORM;
    }
}
