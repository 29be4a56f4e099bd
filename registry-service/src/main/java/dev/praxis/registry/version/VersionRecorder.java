package dev.praxis.registry.version;

import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.PracticeChange;
import dev.praxis.registry.practice.PracticeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Freezes a version at every submission, in the submitting transaction (Spring Data publishes the
 * practice's events synchronously on save): a version exists exactly when its submission committed.
 */
@Component
class VersionRecorder {

    private final PracticeService practices;
    private final PracticeContent content;
    private final Versions versions;

    VersionRecorder(PracticeService practices, PracticeContent content, Versions versions) {
        this.practices = practices;
        this.content = content;
        this.versions = versions;
    }

    @EventListener
    void on(PracticeChange.Moved moved) {
        if (moved.action() != PracticeAction.SUBMIT) {
            return;
        }
        var practice = practices.current(moved.practiceId());
        versions.add(moved.practiceId(), moved.at(), moved.by().name(), content.of(practice));
    }
}
