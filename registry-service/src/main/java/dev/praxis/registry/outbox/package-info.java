/**
 * Reliable publishing of practice changes: an outbox written in the changing transaction (it
 * subscribes to the practice's events), a change feed for the search side that never lets a
 * single cursor skip a late commit, and the latest card of every practice for rebuilding the index.
 */
package dev.praxis.registry.outbox;
