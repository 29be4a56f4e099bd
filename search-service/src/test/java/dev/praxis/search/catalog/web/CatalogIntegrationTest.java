package dev.praxis.search.catalog.web;

import dev.praxis.search.IntegrationTestSupport;
import dev.praxis.search.catalog.CatalogFixture;
import dev.praxis.search.catalog.PracticeIndex;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.test.web.servlet.MockMvc;

/** The API over the fixed {@link CatalogFixture}, loaded once per test class and removed after it. */
abstract class CatalogIntegrationTest extends IntegrationTestSupport {

    static CatalogFixture catalog;

    @Autowired
    MockMvc mvc;

    CatalogApi api;

    @BeforeAll
    static void loadCatalog(@Autowired PracticeIndex index, @Autowired ElasticsearchOperations operations) {
        catalog = CatalogFixture.load(index, operations);
    }

    @AfterAll
    static void unloadCatalog(@Autowired ElasticsearchOperations operations) {
        catalog.unload(operations);
    }

    @BeforeEach
    void api() {
        api = new CatalogApi(mvc);
    }
}
