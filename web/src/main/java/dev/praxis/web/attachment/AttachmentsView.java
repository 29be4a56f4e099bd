package dev.praxis.web.attachment;

import dev.praxis.web.downstream.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.client.RestClientException;

import java.util.List;
import java.util.UUID;

/**
 * The attachments a page shows, read by the attachment fragments themselves
 * ({@code ${attachmentFiles.of(id)}}), so the practice pages include them with one line and know
 * nothing else of them. Every page's model carries this helper; only a fragment that is rendered
 * calls the registry. Without the registry client (a test slice of other pages) there are no files.
 */
@ControllerAdvice
public class AttachmentsView {

    private static final Logger log = LoggerFactory.getLogger(AttachmentsView.class);

    private final ObjectProvider<AttachmentRegistry> registry;

    AttachmentsView(ObjectProvider<AttachmentRegistry> registry) {
        this.registry = registry;
    }

    @ModelAttribute("attachmentFiles")
    AttachmentsView attachmentFiles() {
        return this;
    }

    /** The practice's files, or null when the registry cannot list them (the page says so and stays usable). */
    public List<Attachment> of(UUID practiceId) {
        var client = registry.getIfAvailable();
        if (client == null) {
            return List.of();
        }
        try {
            return client.list(practiceId);
        } catch (ServiceException | RestClientException unavailable) {
            log.warn("No attachments for {}: {}", practiceId, unavailable.getMessage());
            return null;
        }
    }
}
