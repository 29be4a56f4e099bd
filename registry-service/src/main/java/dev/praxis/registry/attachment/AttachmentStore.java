package dev.praxis.registry.attachment;

import java.io.IOException;
import java.io.InputStream;

/** Where the bytes of attachments live, outside the database. Keys are chosen by the caller and never reused. */
public interface AttachmentStore {

    /** Stores exactly {@code length} bytes read from {@code content} under {@code key}, streaming them. */
    void put(String key, InputStream content, long length) throws IOException;

    /** The stored bytes; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Removes the bytes; a key that is not there is not an error. */
    void delete(String key) throws IOException;
}
