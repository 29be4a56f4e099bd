package dev.praxis.registry.web;

import dev.praxis.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document is an object with the API's paths, not a JSON string holding one, and says
 * where a client sends what.
 */
@RegistryIntegrationTest
class ApiDocsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void publishesTheApiWithItsPaths() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/practices/{id}/submit']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/practices/{id}/history']").exists());
    }

    @Test
    void documentsTheIfMatchHeaderOnEveryChangeOfAPractice() throws Exception {
        var changes = List.of("put /api/v1/practices/{id}", "delete /api/v1/practices/{id}",
                "post /api/v1/practices/{id}/submit", "post /api/v1/practices/{id}/withdraw",
                "post /api/v1/practices/{id}/start-screening", "post /api/v1/practices/{id}/start-review",
                "post /api/v1/practices/{id}/request-revision", "post /api/v1/practices/{id}/approve",
                "post /api/v1/practices/{id}/reject", "post /api/v1/practices/{id}/recommend",
                "post /api/v1/practices/{id}/archive");
        var docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        for (String change : changes) {
            var operation = "$.paths['%s'].%s.parameters".formatted(change.split(" ")[1], change.split(" ")[0]);
            docs.andExpect(jsonPath(operation + "[?(@.in == 'header' && @.name == 'If-Match')]").exists())
                    // the version the handler receives is that header, never a query parameter of its own
                    .andExpect(jsonPath(operation + "[?(@.in == 'query')]").doesNotExist());
        }
        docs.andExpect(jsonPath("$.paths['/api/v1/practices/{id}'].get.parameters[?(@.name == 'If-Match')]")
                .doesNotExist());
    }
}
