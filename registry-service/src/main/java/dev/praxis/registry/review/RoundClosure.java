package dev.praxis.registry.review;

/** Why a round closed. */
public enum RoundClosure {
    /** The quorum-th review was submitted. */
    QUORUM,
    /** The round's due date passed. */
    DUE_DATE,
    /** The coordinator decided on the practice (approved, rejected, asked for a revision). */
    DECIDED,
    /** The author withdrew the practice. */
    WITHDRAWN
}
