package dev.praxis.web.replication;

import dev.praxis.web.downstream.FormErrors;
import dev.praxis.web.downstream.ProblemMessages;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.practice.PracticeRegistry;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.ui.Flash;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A region official asks to replicate a published practice; officials and mentors follow the requests. */
@Controller
class ReplicationController {

    private final ReplicationRegistry replications;
    private final PracticeRegistry practices;
    private final ReferenceData referenceData;

    ReplicationController(ReplicationRegistry replications, PracticeRegistry practices,
            ReferenceData referenceData) {
        this.replications = replications;
        this.practices = practices;
        this.referenceData = referenceData;
    }

    @GetMapping("/practices/{id}/replicate")
    String requestForm(@PathVariable UUID id, Model model) {
        return form(id, new ReplicationForm(), model);
    }

    @PostMapping("/practices/{id}/replicate")
    String request(@PathVariable UUID id, @ModelAttribute("form") ReplicationForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(id, form, model);
        }
        try {
            replications.request(form.toRequest(id));
            Flash.success(redirect, "replication.requested");
            return "redirect:/replications";
        } catch (ServiceException.InputRejected rejected) {
            FormErrors.show(rejected, errors);
        } catch (ServiceException.RuleViolated violation) {
            var message = ProblemMessages.of(violation);
            errors.addError(new ObjectError("form", message.getCodes(), message.getArguments(),
                    message.getDefaultMessage()));
        }
        return form(id, form, model);
    }

    @GetMapping("/replications")
    String list(Authentication user, Model model) {
        var roles = AuthorityUtils.authorityListToSet(user.getAuthorities());
        if (roles.contains("ROLE_region-official")) {
            model.addAttribute("requested", replications.requestedByMe());
        }
        if (roles.contains("ROLE_author")) {
            model.addAttribute("mentoring", replications.mentoredByMe());
        }
        return "replications/list";
    }

    private String form(UUID practiceId, ReplicationForm form, Model model) {
        model.addAttribute("practice", practices.find(practiceId));
        model.addAttribute("form", form);
        model.addAttribute("regions", referenceData.regions());
        return "replications/form";
    }
}
