package dev.praxis.search.catalog.web;

import dev.praxis.search.catalog.PracticeCatalog;
import dev.praxis.search.catalog.PracticeSearch;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue API; anonymous. */
@RestController
@RequestMapping("/api/v1/practices")
class PracticeSearchController {

    private final PracticeCatalog catalog;
    private final CatalogResponses responses;

    PracticeSearchController(PracticeCatalog catalog, CatalogResponses responses) {
        this.catalog = catalog;
        this.responses = responses;
    }

    @GetMapping("/search")
    SearchResponse search(@RequestParam(defaultValue = "") String q,
                          @RequestParam(required = false) String region,
                          @RequestParam(required = false) String direction,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "10") int size) {
        return responses.toResponse(catalog.search(new PracticeSearch(q, region, direction, page, size)));
    }

    @GetMapping("/{id}")
    PracticeCard practice(@PathVariable String id) {
        return catalog.find(id).map(responses::toCard).orElseThrow(() -> new PracticeNotIndexed(id));
    }
}
