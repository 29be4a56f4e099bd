package dev.praxis.search.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requestCache whether searches ask for OpenSearch's shard request cache, which keeps the
 *        answer to a search asked before until the index next changes; off, every search is
 *        computed anew (how docs/performance.md measures searches never asked before)
 */
@ConfigurationProperties("praxis.search")
public record CatalogProperties(@DefaultValue("true") boolean requestCache) {
}
