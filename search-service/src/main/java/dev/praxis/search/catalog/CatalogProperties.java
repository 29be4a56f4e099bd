package dev.praxis.search.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requestCache whether searches ask for OpenSearch's shard request cache, which keeps the
 *        answer to a search asked before until the index next changes; off, every search is
 *        computed anew (how docs/performance.md measures searches never asked before)
 * @param scoreSort whether the catalogue offers sorting by expert score: off until practices
 *        carry a score (the review workflow), the one switch for it ({@link SortOrder#offered})
 */
@ConfigurationProperties("praxis.search")
public record CatalogProperties(@DefaultValue("true") boolean requestCache, @DefaultValue("false") boolean scoreSort) {
}
