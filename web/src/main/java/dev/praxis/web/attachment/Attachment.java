package dev.praxis.web.attachment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One file of a practice as the registry lists it. */
public record Attachment(UUID id, UUID practiceId, String name, String mediaType, long size, boolean thumbnail,
        OffsetDateTime uploadedAt) {

    private static final long MEGABYTE = 1024 * 1024;

    /** Whether the size reads better in megabytes than in kilobytes. */
    public boolean large() {
        return size >= MEGABYTE;
    }

    public BigDecimal megabytes() {
        return BigDecimal.valueOf(size).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP);
    }

    public long kilobytes() {
        return Math.max(1, Math.round(size / 1024.0));
    }
}
