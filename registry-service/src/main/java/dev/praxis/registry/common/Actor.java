package dev.praxis.registry.common;

import java.util.Set;

/**
 * Who is acting: the signed-in user's username, display name and realm roles, or nobody.
 */
public record Actor(String username, String name, Set<String> roles) {

    public static final String AUTHOR = "author";
    public static final String COORDINATOR = "coordinator";
    public static final String REGION_OFFICIAL = "region-official";
    public static final String EXPERT = "expert";
    public static final String INDEXER = "indexer";
    public static final String ADMIN = "admin";

    private static final Actor ANONYMOUS = new Actor(null, null, Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return username == null;
    }

    public boolean isCoordinator() {
        return roles.contains(COORDINATOR);
    }

    public boolean isExpert() {
        return roles.contains(EXPERT);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean is(String otherUsername) {
        return username != null && username.equals(otherUsername);
    }
}
