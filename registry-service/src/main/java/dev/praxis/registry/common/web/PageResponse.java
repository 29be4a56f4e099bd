package dev.praxis.registry.common.web;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** The API's page shape: {@code {items, page, size, totalItems, totalPages}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** The largest {@code size} a list endpoint serves (docs/contracts.md, {@code Page<T>}). */
    public static final int MAX_SIZE = 100;

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(),
                page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
