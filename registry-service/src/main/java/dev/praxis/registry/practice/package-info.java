/**
 * Practices: the card with its implementation algorithm and measured effects, and its lifecycle
 * (docs/lifecycle.md) in one transition table with who may take each action. A practice records
 * its changes as domain events ({@link dev.praxis.registry.practice.PracticeChange}); the outbox
 * and the audit trail subscribe to them.
 */
package dev.praxis.registry.practice;
