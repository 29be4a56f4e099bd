/**
 * Practices: the card with its implementation algorithm and measured effects, its lifecycle
 * (draft, submitted, approved, rejected, archived) with an audit trail, and every change of a
 * practice that has left DRAFT recorded in the outbox for the catalogue.
 */
package dev.praxis.registry.practice;
