package dev.praxis.registry.attachment;

import dev.praxis.registry.common.AccessRefused;

/** Someone other than the practice's author tried to add or remove one of its files. */
class NotAttachmentsAuthor extends AccessRefused {

    NotAttachmentsAuthor() {
        super("Only the author of a practice may add or remove its attachments");
    }
}
