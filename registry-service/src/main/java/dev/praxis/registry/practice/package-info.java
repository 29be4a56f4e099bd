/**
 * Practices: the card with its implementation algorithm, its lifecycle (draft, submitted,
 * approved, rejected) with an audit trail, and publication to the catalogue through the outbox.
 */
package dev.praxis.registry.practice;
