package dev.praxis.registry.practice;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** Where part of the budget came from; {@code sharePercent} is optional, but given for all or none. */
@Embeddable
public record FundingSource(@Enumerated(EnumType.STRING) Kind kind, BigDecimal sharePercent) {

    public enum Kind {
        FEDERAL, REGIONAL, MUNICIPAL, EXTRA_BUDGETARY
    }
}
