package dev.praxis.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class CatalogueTests {

    private final RestClient.Builder builder = RestClient.builder().baseUrl("http://search");
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
    private final Catalogue catalogue = new Catalogue(builder.build());

    @Test
    void sendsRepeatedFiltersSortAndZeroBasedPageWithValuesEncoded() {
        server.expect(method(HttpMethod.GET))
                .andExpect(requestTo("http://search/api/v1/practices/search?q=C%2B%2B%20%26%20co"
                        + "&region=RU-KGD&region=RU-TA"
                        + "&district=%D0%A1%D0%97%D0%A4%D0%9E&year=2021&replicated=true&sort=score&page=1&size=10"))
                .andRespond(withSuccess("""
                        {"total": 0, "page": 1, "size": 10, "hits": [], "facets": {}}
                        """, MediaType.APPLICATION_JSON));

        SearchResult result = catalogue.search(new CatalogQuery("C++ & co", List.of("RU-KGD", "RU-TA"),
                List.of("СЗФО"), null, List.of("2021"), null, List.of("true"), null, "score", 2));

        assertThat(result.total()).isZero();
        server.verify();
    }

    @Test
    void neverAsksForAPageBeyondTheResultWindow() {
        server.expect(requestTo("http://search/api/v1/practices/search?page=999&size=10"))
                .andRespond(withSuccess("{\"total\": 0, \"page\": 999, \"size\": 10}", MediaType.APPLICATION_JSON));

        catalogue.search(new CatalogQuery(null, null, null, null, null, null, null, null, null, 5000));

        server.verify();
    }

    @Test
    void asksForSuggestions() {
        server.expect(requestTo("http://search/api/v1/practices/suggestions?q=%D0%BC%D1%84%D1%86&size=8"))
                .andRespond(withSuccess("""
                        {"suggestions": [{"id": "1", "title": "Очереди в МФЦ", "titleHighlight": "Очереди в <em>МФЦ</em>"}]}
                        """, MediaType.APPLICATION_JSON));

        assertThat(catalogue.suggest("мфц").suggestions()).extracting(Suggestions.Suggestion::title)
                .containsExactly("Очереди в МФЦ");
    }
}
