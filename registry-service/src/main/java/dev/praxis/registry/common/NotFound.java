package dev.praxis.registry.common;

/** Something the caller asked for does not exist, or the caller may not see it. Becomes a 404. */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
