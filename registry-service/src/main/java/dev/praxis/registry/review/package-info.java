/**
 * Expert review (docs/review.md): the versioned rubric, review rounds per submitted version of a
 * practice, invitations of experts and the reviews they write on them, the weighted aggregate.
 * A round opens when a practice goes under review and closes at its quorum, its due date or the
 * coordinator's decision; review listens to the practice's events, the practice knows nothing of
 * review. Review publishes its own {@link dev.praxis.registry.review.ReviewEvent}s.
 */
package dev.praxis.registry.review;
