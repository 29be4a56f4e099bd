package dev.praxis.registry.people;

import java.time.Instant;
import java.util.Set;

/**
 * Someone the platform has seen, as their last token described them, with their preferences.
 * {@code email} may be null (a service account, a user without one).
 */
public record Person(String username, String name, String email, Set<String> roles, Instant lastSeenAt,
                     NotificationSettings settings, String tokenLocale) {

    public Person {
        roles = Set.copyOf(roles);
    }

    /** The language to write to this person in: their own choice, else their token's locale, else Russian. */
    public Language language() {
        return settings.language() != null ? settings.language() : Language.ofLocale(tokenLocale);
    }

    /** Whether mail may be sent: e-mail is on and there is an address to send to. */
    public boolean wantsEmail() {
        return settings.emailEnabled() && email != null && !email.isBlank();
    }

    /** The name to greet them by. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : username;
    }
}
