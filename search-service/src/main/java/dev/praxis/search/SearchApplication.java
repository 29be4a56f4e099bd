package dev.praxis.search;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The public search side of Praxis: owns the OpenSearch index of approved practices and
 * keeps it in step with the registry's change feed.
 */
// Boot's own Elasticsearch client and data auto-configuration would build a second client
// against localhost:9200 (and a health check for it); only the OpenSearch starter's beans may exist.
@SpringBootApplication(excludeName = {
        "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration",
        "org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration",
        "org.springframework.boot.elasticsearch.autoconfigure.health.ElasticsearchRestHealthContributorAutoConfiguration",
        "org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchAutoConfiguration",
        "org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchRepositoriesAutoConfiguration",
        "org.springframework.boot.data.elasticsearch.autoconfigure.DataElasticsearchReactiveRepositoriesAutoConfiguration",
        "org.springframework.boot.data.elasticsearch.autoconfigure.health.DataElasticsearchReactiveHealthContributorAutoConfiguration",
        "org.opensearch.spring.boot.autoconfigure.ReactiveOpenSearchClientAutoConfiguration",
        "org.opensearch.spring.boot.autoconfigure.data.ReactiveOpenSearchRepositoriesAutoConfiguration"})
@ConfigurationPropertiesScan
public class SearchApplication {

    public static void main(String[] args) {
        SpringApplication.run(SearchApplication.class, args);
    }
}
