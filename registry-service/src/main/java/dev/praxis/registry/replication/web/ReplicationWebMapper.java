package dev.praxis.registry.replication.web;

import dev.praxis.registry.reference.ReferenceNames;
import dev.praxis.registry.replication.Replication;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring", uses = ReferenceNames.class)
interface ReplicationWebMapper {

    @Mapping(target = "regionName", source = "regionCode", qualifiedByName = "regionName")
    ReplicationResponse toResponse(Replication replication);
}
