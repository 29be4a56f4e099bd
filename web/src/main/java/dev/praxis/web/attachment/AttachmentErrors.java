package dev.praxis.web.attachment;

import dev.praxis.web.downstream.ServiceException;

/** What the registry's refusal of a file means for the author, as a message code. */
final class AttachmentErrors {

    private AttachmentErrors() {
    }

    static String messageCode(ServiceException refused) {
        var problem = refused.problem();
        if (refused.status() == 413) {
            return "attachment.error.too-large";
        }
        if (refused instanceof ServiceException.InputRejected && problem.errors() != null) {
            for (var error : problem.errors()) {
                if ("AllowedType".equals(error.rule())) {
                    return "attachment.error.type";
                }
                if ("NotEmpty".equals(error.rule()) || "Required".equals(error.rule())) {
                    return "attachment.error.empty";
                }
            }
        }
        if (refused instanceof ServiceException.RuleViolated) {
            return "attachments-per-practice".equals(problem.rule()) ? "attachment.error.too-many"
                    : "attachment.error.not-editable";
        }
        return refused.status() == 403 || refused.status() == 404 ? "attachment.error.not-yours" : "attachment.error.failed";
    }
}
