package dev.praxis.web.catalog;

import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.ui.Pagination;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.client.ResourceAccessException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public catalogue: a search form and its results. An htmx request (typing in the search box)
 * gets only the results fragment; everything else gets the whole page, which also works without
 * JavaScript.
 */
@Controller
class CatalogController {

    private static final Logger log = LoggerFactory.getLogger(CatalogController.class);

    private final Catalogue catalogue;
    private final ReferenceData referenceData;

    CatalogController(Catalogue catalogue, ReferenceData referenceData) {
        this.catalogue = catalogue;
        this.referenceData = referenceData;
    }

    @GetMapping({"/", "/search"})
    String catalogue(@ModelAttribute("query") CatalogQuery query,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model, HttpServletResponse response) {
        // The same URL answers with a fragment or a page: caches must keep them apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        search(query, model);
        if (htmx != null && historyRestore == null) {
            return "catalog/index :: results";
        }
        filters(model);
        return "catalog/index";
    }

    private void search(CatalogQuery query, Model model) {
        if (query.q() != null && query.q().length() > CatalogQuery.MAX_QUERY_LENGTH) {
            model.addAttribute("searchError", "catalog.error.too-long");
            return;
        }
        try {
            SearchResult result = catalogue.search(query);
            model.addAttribute("result", result);
            model.addAttribute("pagination", Pagination.ofZeroBased(result.page(), result.totalPages()));
        } catch (ServiceException.InputRejected rejected) {
            model.addAttribute("searchError", "catalog.error.invalid");
        } catch (ServiceException | ResourceAccessException unavailable) {
            log.warn("Search is unavailable: {}", unavailable.getMessage());
            model.addAttribute("searchError", "catalog.error.unavailable");
        }
    }

    /** Filters are a convenience: when the registry is down the catalogue still searches without them. */
    private void filters(Model model) {
        try {
            model.addAttribute("regions", referenceData.regions());
            model.addAttribute("directions", referenceData.directions());
        } catch (ServiceException | ResourceAccessException unavailable) {
            log.warn("No filters, reference data unavailable: {}", unavailable.getMessage());
            model.addAttribute("regions", List.of());
            model.addAttribute("directions", List.of());
        }
    }
}
