package dev.praxis.registry.practice;

/** A practice can be recommended for mass replication for this year, next year or a past year since 2000. */
public class RecommendationYearOutOfRange extends IllegalArgumentException {

    private final int earliest;
    private final int latest;

    RecommendationYearOutOfRange(int earliest, int latest) {
        super("must be between %d and %d".formatted(earliest, latest));
        this.earliest = earliest;
        this.latest = latest;
    }

    public int earliest() {
        return earliest;
    }

    public int latest() {
        return latest;
    }
}
