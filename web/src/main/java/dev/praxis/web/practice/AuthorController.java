package dev.praxis.web.practice;

import dev.praxis.web.downstream.FormErrors;
import dev.praxis.web.downstream.ProblemMessages;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.ui.Flash;
import dev.praxis.web.ui.Pagination;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
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
import org.springframework.web.util.UriComponentsBuilder;

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

    /** The statuses the author can filter their list by, in the order of the lifecycle. */
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "SCREENING", "UNDER_REVIEW",
            "REVISION_REQUESTED", "WITHDRAWN", "APPROVED", "RECOMMENDED", "REJECTED", "ARCHIVED");

    @GetMapping
    String mine(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, Model model) {
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        var mine = practices.mine(Pagination.toZeroBased(page), chosen == null ? List.of() : List.of(chosen), q);
        model.addAttribute("practices", mine);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", chosen);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("filtered", chosen != null || StringUtils.hasText(q));
        model.addAttribute("pagination", Pagination.ofZeroBased(mine.page(), mine.totalPages()));
        model.addAttribute("pagerPath", UriComponentsBuilder.fromPath("/my/practices")
                .queryParamIfPresent("status", java.util.Optional.ofNullable(chosen))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(StringUtils.hasText(q) ? q.strip() : null))
                .encode().build().toUriString());
        return "practices/mine";
    }

    /** Deletes a draft that was never submitted; the registry refuses anything else. */
    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            practices.delete(id, version);
            Flash.success(redirect, "practice.deleted");
            return "redirect:/my/practices";
        } catch (ServiceException.RuleViolated violation) {
            Flash.error(redirect, ProblemMessages.of(violation));
        } catch (ServiceException.ChangedMeanwhile changed) {
            Flash.error(redirect, "practice.changed-meanwhile");
        }
        return "redirect:/my/practices/" + id;
    }

    @GetMapping("/new")
    String newPractice(Model model) {
        return form(PracticeForm.blank(), null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") PracticeForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        return save(form, errors, action, null, 0, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Practice practice = practices.find(id);
        if (!practice.may("edit")) {
            Flash.error(redirect, "practice.edit.not-now");
            return "redirect:/my/practices/" + id;
        }
        model.addAttribute("version", practice.version());
        return form(PracticeForm.of(practice), id, model);
    }

    /** {@code version} is the one the form was opened at: a save over someone else's change is refused. */
    @PostMapping("/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("form") PracticeForm form, BindingResult errors,
            @RequestParam(defaultValue = "save") String action, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("version", version);
        return save(form, errors, action, id, version, model, redirect);
    }

    /** {@code version} is the one an edit was opened at; a new practice ({@code id} null) has none yet. */
    private String save(PracticeForm form, BindingResult errors, String action, UUID id, long version, Model model,
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
            Practice saved = id == null ? practices.create(form.toDraft())
                    : practices.update(id, version, form.toDraft());
            Flash.success(redirect, "practice.saved");
            return "redirect:/my/practices/" + saved.id();
        } catch (ServiceException.InputRejected rejected) {
            FormErrors.show(rejected, errors);
        } catch (ServiceException.RuleViolated violation) {
            var message = ProblemMessages.of(violation);
            errors.addError(new ObjectError("form", message.getCodes(), message.getArguments(),
                    message.getDefaultMessage()));
        } catch (ServiceException.ChangedMeanwhile changed) {
            // Nothing is lost: the form keeps what was typed, and says why it was not saved.
            errors.addError(new ObjectError("form", new String[] {"practice.changed-meanwhile"}, null,
                    "The practice changed meanwhile"));
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
            @RequestParam(required = false) Long version, @ModelAttribute("form") PracticeForm form,
            BindingResult errors) {
        if (errors.hasErrors()) {
            return ResponseEntity.unprocessableContent().body(Map.of("saved", false));
        }
        form.dropBlankRows();
        try {
            if (id != null && version == null) {
                return ResponseEntity.unprocessableContent().body(Map.of("saved", false));
            }
            Practice saved = id == null ? practices.create(form.toDraft()) : practices.update(id, version, form.toDraft());
            return ResponseEntity.ok(Map.of("saved", true, "id", saved.id(), "version", saved.version(),
                    "action", "/my/practices/" + saved.id() + "/edit",
                    "autosave", "/my/practices/" + saved.id() + "/autosave"));
        } catch (ServiceException.InputRejected | ServiceException.RuleViolated | ServiceException.ChangedMeanwhile refused) {
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
