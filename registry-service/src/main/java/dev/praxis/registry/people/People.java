package dev.praxis.registry.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people directory's public face: who someone is ({@link #find}), who holds a role
 * ({@link #withRole}), and each person's notification preferences.
 */
@Service
public class People {

    /** A sighting that changes nothing is written at most this often, so that "last seen" stays roughly right. */
    static final Duration REFRESH_AFTER = Duration.ofHours(1);

    /** Enough for every active user of a registry; past it the memory starts over (one write each again). */
    private static final int REMEMBERED_AT_MOST = 10_000;

    private static final Logger log = LoggerFactory.getLogger(People.class);

    private final PeopleDirectory directory;
    private final Clock clock;
    private final Map<String, Remembered> written = new ConcurrentHashMap<>();

    People(PeopleDirectory directory) {
        this.directory = directory;
        this.clock = Clock.systemUTC();
    }

    public Optional<Person> find(String username) {
        return username == null ? Optional.empty() : directory.find(username);
    }

    /** Everybody seen with {@code role} (as their last token said), by username. */
    public List<Person> withRole(String role) {
        return directory.withRole(role);
    }

    /**
     * Keeps what a token says about its holder. Cheap when nothing changed (remembered in memory, no
     * database call), and never throws: a failure here must not fail the request that brought the token.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void seen(Sighting sighting) {
        var now = clock.instant();
        var last = written.get(sighting.username());
        if (last != null && last.sighting().equals(sighting) && last.at().isAfter(now.minus(REFRESH_AFTER))) {
            return;
        }
        try {
            directory.upsert(sighting, now, now.minus(REFRESH_AFTER));
            if (written.size() >= REMEMBERED_AT_MOST) {
                written.clear();
            }
            written.put(sighting.username(), new Remembered(sighting, now));
        } catch (RuntimeException e) {
            log.warn("Could not note {} in the people directory: {}", sighting.username(), e.getMessage());
        }
    }

    public NotificationSettings settingsOf(String username) {
        return directory.find(username).map(Person::settings).orElse(NotificationSettings.DEFAULTS);
    }

    @Transactional
    public NotificationSettings changeSettings(String username, NotificationSettings settings) {
        directory.saveSettings(username, settings, clock.instant());
        return settings;
    }

    private record Remembered(Sighting sighting, Instant at) {
    }
}
