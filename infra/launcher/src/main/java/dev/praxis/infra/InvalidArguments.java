package dev.praxis.infra;

/** The command line cannot be understood; the launcher prints its usage. */
public final class InvalidArguments extends RuntimeException {

    public InvalidArguments(String message) {
        super(message);
    }
}
