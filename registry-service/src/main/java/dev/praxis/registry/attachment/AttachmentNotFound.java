package dev.praxis.registry.attachment;

import dev.praxis.registry.common.NotFound;

import java.util.UUID;

/** No such file on this practice (or it has no thumbnail). */
class AttachmentNotFound extends NotFound {

    AttachmentNotFound(UUID practiceId, UUID attachmentId) {
        super("Attachment %s of practice %s was not found".formatted(attachmentId, practiceId));
    }
}
