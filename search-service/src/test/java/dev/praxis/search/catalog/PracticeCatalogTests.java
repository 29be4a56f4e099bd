package dev.praxis.search.catalog;

import static dev.praxis.search.catalog.PracticeSearchTests.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.elasticsearch.NoSuchIndexException;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.query.Query;

/** How the catalogue sends a try; what the answers mean is tested against OpenSearch in the ITs. */
class PracticeCatalogTests {

    private final ElasticsearchOperations operations = mock(ElasticsearchOperations.class);
    private final PracticeSearch search = PracticeSearch.of(request().q("центр").build(), Viewer.PUBLIC);

    @Test
    void asksEachRequestAloneWhenTheMultiSearchHidesAFailedAnswerSoItsErrorSurfaces() {
        // What spring-data-opensearch throws when an answer of a multi-search failed (here: no index yet).
        when(operations.multiSearch(anyList(), eq(PracticeDocument.class))).thenThrow(new NoSuchElementException());
        when(operations.search(any(Query.class), eq(PracticeDocument.class)))
                .thenThrow(new NoSuchIndexException("practices"));

        var result = new PracticeCatalog(operations, new CatalogProperties(true, false)).search(search);

        verify(operations).search(any(Query.class), eq(PracticeDocument.class));
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.facets()).isEmpty();
    }

    @Test
    void turnsOpenSearchsRequestCacheOffWhenConfigured() {
        when(operations.multiSearch(anyList(), eq(PracticeDocument.class)))
                .thenThrow(new NoSuchIndexException("practices"));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Query>> sent = ArgumentCaptor.forClass(List.class);

        new PracticeCatalog(operations, new CatalogProperties(false, false)).search(search);

        verify(operations).multiSearch(sent.capture(), eq(PracticeDocument.class));
        assertThat(sent.getValue()).hasSize(2).allSatisfy(request -> assertThat(request.getRequestCache()).isFalse());
    }
}
