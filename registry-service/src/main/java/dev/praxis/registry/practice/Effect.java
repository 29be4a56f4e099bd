package dev.praxis.registry.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * A measured effect of a practice: an indicator with its value before and after implementation.
 * Its position is its place in the list.
 */
@Embeddable
public record Effect(String indicator, String unit,
                     @Column(name = "value_before") BigDecimal before,
                     @Column(name = "value_after") BigDecimal after) {
}
