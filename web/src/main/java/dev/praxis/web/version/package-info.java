/**
 * The versions of a practice: the list, each version read-only and the diff of two, as the
 * registry answers them for the signed-in user or a visitor (docs/versions.md).
 */
package dev.praxis.web.version;
