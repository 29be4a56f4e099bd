package dev.praxis.registry.practice;

import jakarta.persistence.Embeddable;

/** One step of a practice's implementation algorithm; its position is its place in the list. */
@Embeddable
public record Step(String title, String description, String responsible, Integer durationDays) {
}
