package dev.praxis.registry.practice;

/**
 * The caller's copy of a practice is older than the stored one ({@code If-Match} names another
 * version): someone changed it meanwhile. Nothing was changed; the caller reloads and decides again.
 */
public class PracticeChangedMeanwhile extends RuntimeException {

    private final long currentVersion;

    PracticeChangedMeanwhile(long expected, long currentVersion) {
        super("The practice is at version %d, not %d: it changed meanwhile".formatted(currentVersion, expected));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
