package dev.praxis.registry.practice;

/**
 * The version of a practice a change was made from (the API's {@code If-Match}); {@link #ANY}
 * for {@code If-Match: *}. A change made from an older copy is refused, never applied.
 */
public record ExpectedVersion(Long version) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(version);
    }

    void check(Practice practice) {
        if (version != null && version != practice.getVersion()) {
            throw new PracticeChangedMeanwhile(version, practice.getVersion());
        }
    }
}
