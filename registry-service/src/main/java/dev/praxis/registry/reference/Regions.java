package dev.praxis.registry.reference;

import org.springframework.data.repository.Repository;

import java.util.List;

interface Regions extends Repository<Region, String> {

    List<Region> findAllByOrderByNameRu();
}
