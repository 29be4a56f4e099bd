/**
 * Reliable publishing of practice changes: an outbox written in the changing transaction and a
 * change feed for the search side that never lets a single cursor skip a late commit.
 */
package dev.praxis.registry.outbox;
