package dev.praxis.registry.reference;

import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Regions and directions, read once: they change only with a schema migration, and every
 * request that shows a practice needs their names.
 */
@Service
public class ReferenceData {

    private final Supplier<Map<String, Region>> regions;
    private final Supplier<Map<String, Direction>> directions;

    ReferenceData(Regions regions, Directions directions) {
        this.regions = SingletonSupplier.of(() -> byCode(regions.findAllByOrderByNameRu(), Region::getCode));
        this.directions = SingletonSupplier.of(() -> byCode(directions.findAllByOrderByNameRu(), Direction::getCode));
    }

    public Collection<Region> regions() {
        return regions.get().values();
    }

    public Collection<Direction> directions() {
        return directions.get().values();
    }

    public boolean isKnownRegion(String code) {
        return regions.get().containsKey(code);
    }

    public boolean isKnownDirection(String code) {
        return directions.get().containsKey(code);
    }

    /** @throws NoSuchElementException for a code that was never validated as known */
    public Region region(String code) {
        var region = regions.get().get(code);
        if (region == null) {
            throw new NoSuchElementException("Unknown region code " + code);
        }
        return region;
    }

    /** @throws NoSuchElementException for a code that was never validated as known */
    public Direction direction(String code) {
        var direction = directions.get().get(code);
        if (direction == null) {
            throw new NoSuchElementException("Unknown direction code " + code);
        }
        return direction;
    }

    private static <T> Map<String, T> byCode(Collection<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
