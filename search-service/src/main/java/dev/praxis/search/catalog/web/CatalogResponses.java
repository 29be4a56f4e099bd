package dev.praxis.search.catalog.web;

import java.util.List;

import dev.praxis.search.catalog.PageToken;
import dev.praxis.search.catalog.PracticeDocument;
import dev.praxis.search.catalog.SearchResult;
import dev.praxis.search.catalog.SortOrder;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
interface CatalogResponses {

    SearchResponse toResponse(SearchResult result, List<SortOrder> sorts);

    @Mapping(target = ".", source = "practice")
    SearchResponse.Hit toHit(SearchResult.Hit hit);

    /** A hit without highlights: the title as it is (escaped), the beginning of the summary as the snippet. */
    @Mapping(target = "titleHighlight", expression = "java(dev.praxis.search.catalog.Snippets.escapeHtml(practice.title()))")
    @Mapping(target = "snippet", expression = "java(dev.praxis.search.catalog.Snippets.beginningOf(practice.summary() != null ? practice.summary() : practice.problem()))")
    SearchResponse.Hit toPlainHit(PracticeDocument practice);

    PracticeCard toCard(PracticeDocument practice);

    default String sort(SortOrder sort) {
        return sort.code();
    }

    default String next(PageToken next) {
        return next == null ? null : next.encode();
    }
}
