package dev.praxis.registry.attachment.web;

import dev.praxis.registry.attachment.Attachment;

import java.time.Instant;
import java.util.UUID;

/** One file of a practice as the API shows it; {@code thumbnail} tells whether a thumbnail can be fetched. */
record AttachmentResponse(UUID id, UUID practiceId, String name, String mediaType, long size, String sha256,
                          boolean thumbnail, String uploadedBy, Instant uploadedAt) {

    static AttachmentResponse of(Attachment attachment) {
        return new AttachmentResponse(attachment.getId(), attachment.getPracticeId(), attachment.getName(),
                attachment.getMediaType(), attachment.getSize(), attachment.getSha256(), attachment.hasThumbnail(),
                attachment.getUploadedBy(), attachment.getUploadedAt());
    }
}
