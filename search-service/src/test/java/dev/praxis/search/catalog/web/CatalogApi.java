package dev.praxis.search.catalog.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The catalogue's HTTP API as a test calls it: parameters as name/value pairs, answers as JSON. */
final class CatalogApi {

    private final MockMvc mvc;

    CatalogApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** An anonymous search that must succeed. */
    DocumentContext search(String... params) throws Exception {
        return ok(with(get("/api/v1/practices/search"), params));
    }

    /** A search by a coordinator that must succeed. */
    DocumentContext searchAsStaff(String... params) throws Exception {
        return ok(with(get("/api/v1/practices/search"), params).with(staff()));
    }

    DocumentContext suggestions(String q) throws Exception {
        return ok(get("/api/v1/practices/suggestions").param("q", q));
    }

    DocumentContext similar(String id) throws Exception {
        return ok(get("/api/v1/practices/{id}/similar", id));
    }

    List<String> ids(DocumentContext result) {
        return result.read("$.hits[*].id");
    }

    static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String... params) {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_coordinator"));
    }

    private DocumentContext ok(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.parse(body);
    }

    /** A facet's values and counts, in the order of the response. */
    static List<Map.Entry<String, Integer>> facet(DocumentContext result, String name) {
        List<Map<String, Object>> values = result.read("$.facets." + name);
        return values.stream()
                .map(v -> Map.entry(String.valueOf(v.get("value")), ((Number) v.get("count")).intValue()))
                .toList();
    }
}
