package dev.praxis.infra;

/** Something the launcher started did not come up; the message says what and shows its log. */
public final class StartupFailed extends RuntimeException {

    public StartupFailed(String message) {
        super(message);
    }

    public StartupFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
