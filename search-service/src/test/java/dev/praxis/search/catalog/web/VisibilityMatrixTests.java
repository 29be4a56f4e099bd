package dev.praxis.search.catalog.web;

import dev.praxis.search.catalog.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search's visibility against the shared matrix in {@code docs/visibility.csv}, the same file the
 * registry's policy is checked against: from a caller's realm roles to what they may find.
 */
class VisibilityMatrixTests {

    private static final Path MATRIX = Path.of("..", "docs", "visibility.csv");
    private static final Map<String, Authentication> CALLERS = Map.of(
            "author", signedIn("author"),
            "region-official", signedIn("region-official"),
            "expert", signedIn("expert"),
            "coordinator", signedIn("coordinator"));

    @Test
    void everyRoleFindsExactlyWhatTheSharedMatrixSays() throws IOException {
        var rows = Files.readAllLines(MATRIX).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("role,"))
                .map(line -> line.split(","))
                .toList();
        assertThat(rows).hasSizeGreaterThan(50);
        for (String[] row : rows) {
            String role = row[0].strip();
            String status = row[1].strip();
            boolean expected = row[4].strip().equals("yes");
            Viewer viewer = Viewers.of(role.equals("anonymous") ? null : CALLERS.get(role));
            assertThat(viewer.maySee(status)).as("%s finds a %s practice", role, status).isEqualTo(expected);
        }
    }

    @Test
    void anAdminSearchesAsACoordinator() {
        assertThat(Viewers.of(signedIn("admin"))).isEqualTo(Viewer.COORDINATOR);
        assertThat(Viewers.of(signedIn("expert"))).isEqualTo(Viewer.EXPERT);
        assertThat(Viewers.of(null).statuses()).containsExactlyInAnyOrder("APPROVED", "RECOMMENDED");
    }

    private static Authentication signedIn(String role) {
        var token = new TestingAuthenticationToken(role, null, List.of(() -> "ROLE_" + role));
        token.setAuthenticated(true);
        return token;
    }
}
