/**
 * The public catalogue of approved practices: the search document, its OpenSearch index and
 * the queries over it. The registry stays the source of truth; this index can always be rebuilt
 * from its change feed.
 */
package dev.praxis.search.catalog;
