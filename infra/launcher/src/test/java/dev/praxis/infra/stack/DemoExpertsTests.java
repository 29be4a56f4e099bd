package dev.praxis.infra.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo experts' profiles must pass the registry's rules and match the realm's demo users. */
class DemoExpertsTests {

    private static final Path REFERENCE_DATA =
            Path.of("../../registry-service/src/main/resources/db/migration/V1__reference_data.sql");
    private static final Path REALM = Path.of("../keycloak/praxis-realm.json");

    private static List<JsonNode> read(String resource) throws Exception {
        try (InputStream in = DemoExpertsTests.class.getResourceAsStream(resource)) {
            return StreamSupport.stream(new ObjectMapper().readTree(in).spliterator(), false).toList();
        }
    }

    @Test
    void fourExpertsOfTheRealmInDifferentKnownRegionsOneWhereADemoPracticeIsUnderReview() throws Exception {
        var experts = read("/demo/experts.json");
        var realm = new ObjectMapper().readTree(REALM.toFile());
        Set<String> realmExperts = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> StreamSupport.stream(user.path("realmRoles").spliterator(), false)
                        .anyMatch(role -> role.asText().equals("expert")))
                .map(user -> user.path("username").asText()).collect(Collectors.toSet());
        String referenceData = Files.readString(REFERENCE_DATA).replaceAll("(?m)--.*$", "");
        Set<String> regions = codes(referenceData, "insert into regions");
        Set<String> directions = codes(referenceData, "insert into directions");

        assertThat(experts).hasSize(4);
        var seenRegions = new HashSet<String>();
        for (JsonNode expert : experts) {
            var profile = expert.path("profile");
            assertThat(realmExperts).contains(expert.path("username").asText());
            assertThat(profile.path("displayName").asText()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(profile.path("organisation").asText()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(regions).contains(profile.path("regionCode").asText());
            profile.path("directions").forEach(direction -> assertThat(directions).contains(direction.asText()));
            assertThat(profile.path("maxOpenReviews").asInt()).isBetween(1, 20);
            seenRegions.add(profile.path("regionCode").asText());
        }
        assertThat(seenRegions).hasSize(4);

        var underReview = read("/demo/practices-in-progress.json").stream()
                .filter(entry -> {
                    var moves = entry.path("moves");
                    return moves.size() > 0 && moves.get(moves.size() - 1).path("action").asText().equals("start-review");
                })
                .map(entry -> entry.path("practice").path("regionCode").asText())
                .collect(Collectors.toSet());
        assertThat(seenRegions).as("one expert has a conflict of interest to show").containsAnyOf(underReview.toArray(String[]::new));
    }

    private static Set<String> codes(String sql, String insert) {
        int start = sql.indexOf(insert);
        String rows = sql.substring(start, sql.indexOf(';', start));
        return Pattern.compile("^\\('([^']+)'", Pattern.MULTILINE).matcher(rows).results()
                .map(match -> match.group(1)).collect(Collectors.toSet());
    }
}
