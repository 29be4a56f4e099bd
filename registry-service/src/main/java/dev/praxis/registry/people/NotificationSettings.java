package dev.praxis.registry.people;

/**
 * A person's notification preferences: whether notifications also come by e-mail (the inbox always
 * gets them), and a language that overrides the token's locale ({@code null}: use the token's).
 */
public record NotificationSettings(boolean emailEnabled, Language language) {

    public static final NotificationSettings DEFAULTS = new NotificationSettings(true, null);
}
