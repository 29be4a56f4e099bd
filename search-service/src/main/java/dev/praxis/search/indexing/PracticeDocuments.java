package dev.praxis.search.indexing;

import dev.praxis.search.catalog.PracticeDocument;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

/** The registry's public card becomes our own search document, field by field. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
interface PracticeDocuments {

    PracticeDocument toDocument(PracticeEvent.PublicPractice practice);
}
