package dev.praxis.registry.attachment;

import java.io.InputStream;

/** Bytes on their way out of the store, with what a download needs to say about them. */
public record StoredFile(String name, String mediaType, long length, InputStream content) {
}
