package dev.praxis.registry.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a notification is about: the practice (id and title, both optional), the platform path it links
 * to, and the named values its templates use ({@code reason}, {@code decision}, {@code due}...).
 */
public record NotificationParams(UUID practiceId, String practiceTitle, String link, Map<String, String> values) {

    public static final String REASON = "reason";
    public static final String DECISION = "decision";
    public static final String DUE = "due";

    public NotificationParams {
        if (link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("A notification links to a path of the platform, not " + link);
        }
        var copy = new LinkedHashMap<String, String>();
        values.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        values = Map.copyOf(copy);
    }

    /** About a practice, linking to its card as its author sees it. */
    public static NotificationParams aboutPractice(UUID practiceId, String title) {
        return new NotificationParams(practiceId, title, "/my/practices/" + practiceId, Map.of());
    }

    public NotificationParams linkingTo(String path) {
        return new NotificationParams(practiceId, practiceTitle, path, values);
    }

    /** Adds a named value; a null value is left out. */
    public NotificationParams with(String key, String value) {
        var more = new LinkedHashMap<>(values);
        more.put(key, value);
        return new NotificationParams(practiceId, practiceTitle, link, more);
    }
}
