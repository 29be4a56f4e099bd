package dev.praxis.registry.review;

/** What an expert recommends the coordinator decide. */
public enum Recommendation {
    APPROVE, REVISE, REJECT
}
