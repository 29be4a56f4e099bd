package dev.praxis.registry.people;

import java.util.Set;

/** What an access token says about its holder; the directory keeps the latest. */
public record Sighting(String username, String name, String email, String locale, Set<String> roles) {

    public Sighting {
        roles = Set.copyOf(roles);
    }
}
