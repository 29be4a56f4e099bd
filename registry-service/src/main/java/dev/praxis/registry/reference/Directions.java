package dev.praxis.registry.reference;

import org.springframework.data.repository.Repository;

import java.util.List;

interface Directions extends Repository<Direction, String> {

    List<Direction> findAllByOrderByNameRu();
}
