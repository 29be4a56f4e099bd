package dev.praxis.registry.practice;

import jakarta.persistence.Embeddable;

/** An organisation that took part in the practice, and its role in it. */
@Embeddable
public record Partner(String name, String nameEn, String role, String roleEn) {
}
