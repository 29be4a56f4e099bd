package dev.praxis.search.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.elasticsearch.NoSuchIndexException;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.stereotype.Service;

/** Read side of the catalogue: search and single practices, straight from the index. */
@Service
public class PracticeCatalog {

    private final ElasticsearchOperations operations;

    PracticeCatalog(ElasticsearchOperations operations) {
        this.operations = operations;
    }

    public SearchResult search(PracticeSearch search) {
        try {
            var hits = operations.search(SearchQueries.of(search), PracticeDocument.class);
            return new SearchResult(hits.getTotalHits(), search.page(), search.size(), hits.stream()
                    .map(hit -> new SearchResult.Hit(hit.getContent(),
                            Snippets.choose(hit.getHighlightFields(), hit.getContent().problem())))
                    .toList());
        } catch (NoSuchIndexException e) {
            // Nothing indexed yet: the catalogue is simply empty.
            return new SearchResult(0, search.page(), search.size(), List.of());
        }
    }

    public Optional<PracticeDocument> find(String id) {
        try {
            return Optional.ofNullable(operations.get(id, PracticeDocument.class));
        } catch (NoSuchIndexException e) {
            return Optional.empty();
        }
    }
}
