package dev.praxis.registry.common;

/** The caller has the right role but not the right to this particular resource. Becomes a 403. */
public abstract class AccessRefused extends RuntimeException {

    protected AccessRefused(String message) {
        super(message);
    }
}
