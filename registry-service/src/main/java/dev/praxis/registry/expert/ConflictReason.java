package dev.praxis.registry.expert;

/** Why an expert may not review a practice (docs/review.md, "Conflicts of interest"). */
public enum ConflictReason {
    /** The expert works in the practice's region. */
    SAME_REGION,
    /** The expert works for the organisation that wrote the practice. */
    SAME_ORGANISATION,
    /** The expert wrote the practice. */
    AUTHOR,
    /** The expert is in the practice's team. */
    TEAM_MEMBER,
    /** The expert declared a conflict with the practice's author organisation. */
    DECLARED_ORGANISATION,
    /** The expert declared a conflict with the practice's region. */
    DECLARED_REGION,
    /** The expert declared a conflict with this very practice. */
    DECLARED_PRACTICE
}
