/**
 * Immutable versions of a practice: every submission freezes the practice's content as JSON
 * (a subscriber of the practice's {@code Moved} event, in the submitting transaction), and
 * anyone who may see the practice reads every version and a field-by-field diff of any two,
 * or of a version and the practice as it is now. See docs/versions.md.
 */
package dev.praxis.registry.version;
