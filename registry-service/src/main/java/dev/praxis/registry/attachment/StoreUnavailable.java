package dev.praxis.registry.attachment;

/** The attachment store could not be written or read; nothing was half-applied. Becomes a 503. */
public class StoreUnavailable extends RuntimeException {

    StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
