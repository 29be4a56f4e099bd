package dev.praxis.registry.web;

import dev.praxis.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI document is an object with the API's paths, not a JSON string holding one. */
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
}
