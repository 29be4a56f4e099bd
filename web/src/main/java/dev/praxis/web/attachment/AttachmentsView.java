package dev.praxis.web.attachment;

import dev.praxis.web.downstream.ServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

import java.util.List;
import java.util.UUID;

/**
 * The attachments a page shows, read by the attachment fragments themselves ({@code @attachments.of(id)}),
 * so the practice pages include them with one line and know nothing else of them.
 */
@Component("attachments")
public class AttachmentsView {

    private static final Logger log = LoggerFactory.getLogger(AttachmentsView.class);

    private final AttachmentRegistry registry;

    AttachmentsView(AttachmentRegistry registry) {
        this.registry = registry;
    }

    /** The practice's files, or null when the registry cannot list them (the page says so and stays usable). */
    public List<Attachment> of(UUID practiceId) {
        try {
            return registry.list(practiceId);
        } catch (ServiceException | RestClientException unavailable) {
            log.warn("No attachments for {}: {}", practiceId, unavailable.getMessage());
            return null;
        }
    }
}
