/**
 * Keeps the catalogue in step with the registry: polls its change feed with a client-credentials
 * token, applies each event idempotently and remembers how far it got in OpenSearch itself.
 */
package dev.praxis.search.indexing;
