/**
 * The audit trail of practices: every move and every change after submission, who made it, when,
 * from which status to which and why. It subscribes to the practice's domain events and answers
 * the history of a practice to whoever may see the practice.
 */
package dev.praxis.registry.audit;
