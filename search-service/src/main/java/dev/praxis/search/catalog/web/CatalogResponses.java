package dev.praxis.search.catalog.web;

import dev.praxis.search.catalog.PracticeDocument;
import dev.praxis.search.catalog.SearchResult;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
interface CatalogResponses {

    SearchResponse toResponse(SearchResult result);

    @Mapping(target = ".", source = "practice")
    SearchResponse.Hit toHit(SearchResult.Hit hit);

    PracticeCard toCard(PracticeDocument practice);
}
