package dev.praxis.registry.people.web;

import dev.praxis.registry.people.Language;
import dev.praxis.registry.people.NotificationSettings;
import dev.praxis.registry.people.People;
import dev.praxis.registry.people.Person;
import dev.praxis.registry.security.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notification preferences. */
@RestController
@RequestMapping("/api/v1/me/notification-settings")
class NotificationSettingsController {

    private final People people;
    private final CurrentActor actor;

    NotificationSettingsController(People people, CurrentActor actor) {
        this.people = people;
        this.actor = actor;
    }

    @GetMapping
    SettingsResponse settings() {
        var username = actor.get().username();
        return SettingsResponse.of(people.settingsOf(username), people.find(username).orElse(null));
    }

    @PutMapping
    SettingsResponse change(@Valid @RequestBody SettingsBody body) {
        var username = actor.get().username();
        var settings = people.changeSettings(username,
                new NotificationSettings(body.emailEnabled(), Language.ofCode(body.language())));
        return SettingsResponse.of(settings, people.find(username).orElse(null));
    }

    /** {@code language}: {@code ru}, {@code en}, or null to follow the language of the sign-in. */
    record SettingsBody(@NotNull Boolean emailEnabled, @Pattern(regexp = "ru|en", message = "must be ru or en") String language) {
    }

    /**
     * {@code language} as chosen (null: none chosen); {@code effectiveLanguage} the one mail is written in;
     * {@code email} the address mail goes to (null: none known, so no mail whatever the setting).
     */
    record SettingsResponse(boolean emailEnabled, String language, String effectiveLanguage, String email) {

        static SettingsResponse of(NotificationSettings settings, Person person) {
            var effective = person != null ? person.language() : settings.language() != null ? settings.language() : Language.RU;
            return new SettingsResponse(settings.emailEnabled(), settings.language() == null ? null : settings.language().code(),
                    effective.code(), person == null ? null : person.email());
        }
    }
}
