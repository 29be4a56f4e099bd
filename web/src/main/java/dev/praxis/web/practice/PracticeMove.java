package dev.praxis.web.practice;

import java.util.Arrays;
import java.util.Optional;

/**
 * A move the registry may offer on a practice, with how the page draws it: whether it has a
 * comment box and whether the button warns. Which moves are allowed, and whether a comment is
 * required, the registry alone decides (a missing reason comes back as a 400 on {@code comment}).
 */
public enum PracticeMove {
    SUBMIT("submit", false, false),
    WITHDRAW("withdraw", true, false),
    START_SCREENING("start-screening", false, false),
    START_REVIEW("start-review", true, false),
    REQUEST_REVISION("request-revision", true, false),
    APPROVE("approve", true, false),
    REJECT("reject", true, true),
    RECOMMEND("recommend", true, false),
    ARCHIVE("archive", true, true);

    private final String apiName;
    private final boolean takesComment;
    private final boolean destructive;

    PracticeMove(String apiName, boolean takesComment, boolean destructive) {
        this.apiName = apiName;
        this.takesComment = takesComment;
        this.destructive = destructive;
    }

    static Optional<PracticeMove> named(String apiName) {
        return Arrays.stream(values()).filter(move -> move.apiName.equals(apiName)).findFirst();
    }

    public String apiName() {
        return apiName;
    }

    public boolean takesComment() {
        return takesComment;
    }

    public boolean destructive() {
        return destructive;
    }

    /** A recommendation names the year it is for. */
    public boolean takesYear() {
        return this == RECOMMEND;
    }
}
