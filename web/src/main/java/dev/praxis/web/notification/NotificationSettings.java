package dev.praxis.web.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The user's notification settings as the registry keeps them; {@code language} null: the sign-in's. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NotificationSettings(boolean emailEnabled, String language, String effectiveLanguage, String email) {
}
