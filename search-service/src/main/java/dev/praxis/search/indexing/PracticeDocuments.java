package dev.praxis.search.indexing;

import dev.praxis.search.catalog.PracticeDocument;
import dev.praxis.search.catalog.PracticeIndex;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

/** The registry's card becomes our own search document, field by field. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, uses = EnglishRegionNames.class)
interface PracticeDocuments {

    @Mapping(target = "regionNameEn", source = "regionCode", qualifiedByName = "regionNameEn")
    PracticeDocument toDocument(PracticeEvent.Card card);

    default PracticeIndex.Versioned versioned(PracticeEvent.Card card) {
        return new PracticeIndex.Versioned(toDocument(card), card.version());
    }
}
