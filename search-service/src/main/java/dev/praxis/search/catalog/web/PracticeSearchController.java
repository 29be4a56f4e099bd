package dev.praxis.search.catalog.web;

import java.util.List;
import java.util.UUID;

import dev.praxis.search.catalog.PracticeCatalog;
import dev.praxis.search.catalog.PracticeSearch;
import dev.praxis.search.catalog.Viewer;
import dev.praxis.search.catalog.FieldViolation;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue API: anonymous callers see approved practices, staff tokens see their queues too. */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeSearchController {

    static final int MAX_SUGGESTION_LENGTH = 100;
    static final int MAX_SUGGESTIONS = 10;
    static final int MAX_SIMILAR = 10;

    private final PracticeCatalog catalog;
    private final CatalogResponses responses;

    PracticeSearchController(PracticeCatalog catalog, CatalogResponses responses) {
        this.catalog = catalog;
        this.responses = responses;
    }

    @GetMapping("/search")
    SearchResponse search(@RequestParam(defaultValue = "") String q,
                          @RequestParam(required = false) List<String> region,
                          @RequestParam(required = false) List<String> district,
                          @RequestParam(required = false) List<String> direction,
                          @RequestParam(required = false) List<Integer> year,
                          @RequestParam(required = false) List<String> budget,
                          @RequestParam(required = false) List<String> status,
                          @RequestParam(required = false) Boolean replicated,
                          @RequestParam(required = false) List<Integer> recommended,
                          @RequestParam(required = false) String sort,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "10") int size,
                          @RequestParam(required = false) String after,
                          Authentication authentication) {
        var request = new PracticeSearch.Request(q, region, district, direction, year, budget, status, replicated,
                recommended, sort, page, size, after);
        return responses.toResponse(catalog.search(PracticeSearch.of(request, Viewers.of(authentication))),
                catalog.sortsOffered());
    }

    @GetMapping("/suggestions")
    SuggestionsResponse suggestions(@RequestParam(defaultValue = "") String q,
                                    @RequestParam(defaultValue = "8") int size) {
        String text = q.strip();
        Limits.check(
                Limits.between("q", text.length(), 1, MAX_SUGGESTION_LENGTH, "Size"),
                Limits.between("size", size, 1, MAX_SUGGESTIONS, null));
        return new SuggestionsResponse(catalog.suggest(text, size).stream()
                .map(hit -> new SuggestionsResponse.Suggestion(hit.practice().id(), hit.practice().title(),
                        hit.titleHighlight()))
                .toList());
    }

    /**
     * Ids are the registry's UUIDs: anything else is a 400 ({@code TypeMismatch}) before the index
     * is asked, so no caller's string, however long, reaches OpenSearch as a document id.
     */
    @GetMapping("/{id}")
    PracticeCard practice(@PathVariable UUID id, Authentication authentication) {
        return catalog.find(id.toString(), Viewers.of(authentication)).map(responses::toCard)
                .orElseThrow(() -> new PracticeNotIndexed(id));
    }

    @GetMapping("/{id}/similar")
    SimilarResponse similar(@PathVariable UUID id, @RequestParam(defaultValue = "5") int size,
                            Authentication authentication) {
        Limits.check(Limits.between("size", size, 1, MAX_SIMILAR, null));
        return new SimilarResponse(catalog.similarTo(id.toString(), size, Viewers.of(authentication))
                .orElseThrow(() -> new PracticeNotIndexed(id)).stream().map(responses::toPlainHit).toList());
    }

    record SuggestionsResponse(List<Suggestion> suggestions) {

        record Suggestion(String id, String title, String titleHighlight) {
        }
    }

    record SimilarResponse(List<SearchResponse.Hit> practices) {
    }

    /** Tiny bounds checks for the simple endpoints, reported like the search's own. */
    static final class Limits {

        private Limits() {
        }

        static FieldViolation between(String field, long value, long min, long max, String tooLongRule) {
            if (value < min) {
                return new FieldViolation(field, "Min", min);
            }
            if (value > max) {
                return new FieldViolation(field, tooLongRule != null ? tooLongRule : "Max", max);
            }
            return null;
        }

        static void check(FieldViolation... violations) {
            var broken = java.util.Arrays.stream(violations).filter(java.util.Objects::nonNull).toList();
            if (!broken.isEmpty()) {
                throw dev.praxis.search.catalog.InvalidSearch.of(broken);
            }
        }
    }
}
