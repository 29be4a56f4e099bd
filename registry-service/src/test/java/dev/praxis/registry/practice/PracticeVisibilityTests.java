package dev.praxis.registry.practice;

import dev.praxis.registry.common.Actor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.praxis.registry.practice.PracticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's visibility policy against the shared matrix in {@code docs/visibility.csv}, the
 * same file search-service's policy is checked against: one statement of who sees what.
 */
class PracticeVisibilityTests {

    static final Path MATRIX = Path.of("..", "docs", "visibility.csv");
    private static final Map<String, Actor> ROLES = Map.of("anonymous", ANONYMOUS,
            "author", new Actor("someone", "Кто-то", Set.of(Actor.AUTHOR)), "expert", EXPERT,
            "coordinator", COORDINATOR, "region-official", OFFICIAL);

    @Test
    void everyRoleSeesExactlyWhatTheSharedMatrixSays() throws IOException {
        var rows = rows();
        assertThat(rows).as("a row for every role × status, and the author's own practices too")
                .hasSize((ROLES.size() + 1) * PracticeStatus.values().length);
        for (var row : rows) {
            var viewer = ROLES.get(row.role());
            assertThat(PracticeVisibility.maySee(viewer, PracticeStatus.valueOf(row.status()), row.own()))
                    .as("%s sees %s %s practice", row.role(), row.own() ? "their own" : "someone else's", row.status())
                    .isEqualTo(row.registry());
        }
    }

    @Test
    void aPracticeInAnyStatusIsVisibleToItsAuthorAndNobodyElseSeesSomeoneElsesDraft() {
        for (var status : PracticeStatus.values()) {
            var practice = inStatus(status);
            assertThat(PracticeVisibility.maySee(AUTHOR, practice)).isTrue();
        }
        var draft = inStatus(PracticeStatus.DRAFT);
        assertThat(List.of(OTHER_AUTHOR, COORDINATOR, EXPERT, OFFICIAL, ANONYMOUS))
                .noneMatch(viewer -> PracticeVisibility.maySee(viewer, draft));
    }

    record Row(String role, String status, boolean own, boolean registry, boolean search) {
    }

    static List<Row> rows() throws IOException {
        return Files.readAllLines(MATRIX).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("role,"))
                .map(line -> line.split(","))
                .map(cells -> new Row(cells[0].strip(), cells[1].strip(), yes(cells[2]), yes(cells[3]), yes(cells[4])))
                .toList();
    }

    private static boolean yes(String cell) {
        return cell.strip().equals("yes");
    }
}
