package dev.praxis.registry.review;

/** The review was saved from an older copy than the stored one; nothing changed. Becomes a 412 with the current ETag. */
public class ReviewChangedMeanwhile extends RuntimeException {

    private final long currentVersion;

    ReviewChangedMeanwhile(long expected, long currentVersion) {
        super("The review changed meanwhile: it is at version %d, the change was made from %d"
                .formatted(currentVersion, expected));
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
