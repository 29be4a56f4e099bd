/**
 * Experts: the profile each expert keeps (region, organisation, expertise, how many reviews they
 * take at once, declared conflicts) and the {@link dev.praxis.registry.expert.ConflictOfInterest}
 * policy that keeps an expert away from practices they are too close to. Roles stay in Keycloak.
 */
package dev.praxis.registry.expert;
