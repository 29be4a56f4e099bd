package dev.praxis.registry.review;

import dev.praxis.registry.common.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** The rubric: everybody signed in reads the current version; an admin writes the next one. */
@Service
@Transactional
public class RubricService {

    private final Rubrics rubrics;

    RubricService(Rubrics rubrics) {
        this.rubrics = rubrics;
    }

    @Transactional(readOnly = true)
    public Rubric current() {
        return rubrics.findTopByOrderByVersionDesc()
                .orElseThrow(() -> new IllegalStateException("V12 seeds rubric version 1"));
    }

    public Rubric replace(List<Criterion> criteria, Actor admin) {
        var current = rubrics.findCurrentForUpdate()
                .orElseThrow(() -> new IllegalStateException("V12 seeds rubric version 1"));
        return rubrics.save(Rubric.next(current, criteria, admin.username(), Instant.now()));
    }

    Rubric version(int version) {
        return rubrics.findById(version)
                .orElseThrow(() -> new IllegalStateException("a round names rubric version " + version));
    }
}
