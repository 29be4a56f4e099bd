/** OpenSearch plumbing shared by the features: index definitions kept as JSON resources. */
package dev.praxis.search.opensearch;
