package dev.praxis.web.catalog;

import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.reference.ReferenceData;
import dev.praxis.web.reference.ReferenceNames;
import dev.praxis.web.ui.Pagination;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;

/**
 * The public catalogue: a search form with facets, sort and pages. Ticking a facet or changing
 * the sort with htmx swaps in only the facets and results; everything else gets the whole page,
 * which also works without JavaScript (the "Apply" button submits the form).
 */
@Controller
class CatalogController {

    private static final Logger log = LoggerFactory.getLogger(CatalogController.class);
    /** Sent by js/filters.js with an update in place while the filters' toggle is open. */
    static final String FILTERS_HEADER = "Praxis-Filters";
    private static final Set<String> STAFF = Set.of("ROLE_expert", "ROLE_coordinator", "ROLE_admin");
    private static final List<String> PUBLIC_FACETS = List.of("region", "district", "direction", "year", "budget",
            "replicated");

    private final Catalogue catalogue;
    private final ReferenceData referenceData;
    private final MessageSource messages;

    CatalogController(Catalogue catalogue, ReferenceData referenceData, MessageSource messages) {
        this.catalogue = catalogue;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    @GetMapping({"/", "/search"})
    String catalogue(@ModelAttribute("query") CatalogQuery query, Authentication user,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            @RequestHeader(name = FILTERS_HEADER, required = false) String filters,
            Locale locale, Model model, HttpServletResponse response) {
        // The same URL answers with a fragment or a page: caches must keep them apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request, " + FILTERS_HEADER);
        boolean staff = isStaff(user);
        // A status filter from anyone else would be refused by search-service: it is not offered, and ignored.
        CatalogQuery asked = staff ? query : query.withoutStatus();
        model.addAttribute("query", asked);
        model.addAttribute("sorts", CatalogQuery.SORTS);
        SearchResult result = search(asked, staff, locale, model);
        boolean inPlace = htmx != null && historyRestore == null;
        if (!inPlace && isPastTheEnd(result, asked)) {
            // A page beyond the last (an old bookmark, a hand-edited address) shows the last one instead.
            return "redirect:" + asked.pageUrl(result.totalPages());
        }
        // htmx replaces the filters with the results: they stay open if the visitor had opened them.
        model.addAttribute("filtersOpen", "open".equals(filters));
        // Only an update in place is announced: a whole page is read from its top anyway.
        model.addAttribute("announce", inPlace);
        return inPlace ? "catalog/index :: search-body" : "catalog/index";
    }

    /** The options of the search box's suggestion list; an unavailable service just suggests nothing. */
    @GetMapping("/suggestions")
    String suggestions(@RequestParam(required = false) String q, Model model) {
        Suggestions suggestions = Suggestions.none();
        String typed = q == null ? "" : q.strip();
        if (!typed.isEmpty() && typed.length() <= 100) {
            try {
                suggestions = catalogue.suggest(typed);
            } catch (ServiceException | RestClientException unavailable) {
                log.debug("No suggestions: {}", unavailable.getMessage());
            }
        }
        model.addAttribute("suggestions", suggestions.suggestions());
        return "catalog/suggestions :: options";
    }

    private static boolean isPastTheEnd(SearchResult result, CatalogQuery query) {
        return result != null && result.hits().isEmpty() && result.totalPages() > 0
                && query.zeroBasedPage() >= result.totalPages();
    }

    /** The result, or null when the search failed and the model says why. */
    private SearchResult search(CatalogQuery query, boolean staff, Locale locale, Model model) {
        if (query.q() != null && query.q().length() > CatalogQuery.MAX_QUERY_LENGTH) {
            model.addAttribute("searchError", "catalog.error.too-long");
            return null;
        }
        try {
            SearchResult result = catalogue.search(query);
            model.addAttribute("result", result);
            model.addAttribute("pagination", Pagination.ofZeroBased(result.page(), result.totalPages()));
            ReferenceNames names = ReferenceNames.from(referenceData, locale);
            model.addAttribute("names", names);
            model.addAttribute("facets", facets(result.facets(), query, staff, names, locale));
            return result;
        } catch (ServiceException.InputRejected rejected) {
            model.addAttribute("searchError", "catalog.error.invalid");
        } catch (ServiceException | RestClientException unavailable) {
            log.warn("Search is unavailable: {}", unavailable.getMessage());
            model.addAttribute("searchError", "catalog.error.unavailable");
        }
        return null;
    }

    private List<FacetGroup> facets(SearchResult.Facets counts, CatalogQuery query, boolean staff,
            ReferenceNames names, Locale locale) {
        Map<String, Function<String, String>> labels = labels(names, locale);
        List<String> shown = new ArrayList<>(PUBLIC_FACETS);
        if (staff) {
            shown.add("status");
        }
        return shown.stream()
                .map(name -> FacetGroup.of(name, counts.named(name), query.filters().get(name),
                        labels.getOrDefault(name, Function.identity())))
                .filter(group -> !group.isEmpty())
                .toList();
    }

    private Map<String, Function<String, String>> labels(ReferenceNames names, Locale locale) {
        return Map.of(
                "region", code -> names.region(code, code),
                "district", names::district,
                "direction", code -> names.direction(code, code),
                "budget", band -> messages.getMessage("catalog.budget." + band, null, band, locale),
                "replicated", flag -> messages.getMessage("catalog.replicated." + flag, null, flag, locale),
                "status", status -> messages.getMessage("status." + status, null, status, locale));
    }

    private static boolean isStaff(Authentication user) {
        return user != null && AuthorityUtils.authorityListToSet(user.getAuthorities()).stream()
                .anyMatch(STAFF::contains);
    }
}
