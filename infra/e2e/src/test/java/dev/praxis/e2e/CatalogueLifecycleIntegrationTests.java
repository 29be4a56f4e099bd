package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue over the real registry, Keycloak and OpenSearch: staff see queues the public
 * does not, archiving takes a practice out of the public catalogue, and a full rebuild from the
 * registry's snapshot keeps every practice while searches go on.
 */
class CatalogueLifecycleIntegrationTests {

    private static final Duration SEARCHABLE = Duration.ofSeconds(10);
    private static LocalStack stack;
    private static Api api;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.get();
        api = new Api(stack);
    }

    @Test
    void submittedPracticesAreStaffOnlyAndArchivedOnesLeaveThePublicCatalogue() {
        String author = api.tokenFor("author");
        String coordinator = api.tokenFor("coordinator");
        String marker = "Зеленоградск" + UUID.randomUUID().toString().substring(0, 6);
        String id = api.post(stack.registryUrl + "/api/v1/practices", author, PlatformThreadIntegrationTests.draft(
                "Бережливая поликлиника " + marker, List.of(PlatformThreadIntegrationTests.step("Картировать поток пациентов"))))
                .body().get("id").asText();
        String practice = stack.registryUrl + "/api/v1/practices/" + id;
        api.move(practice, "submit", author, "{}");

        String submitted = stack.searchUrl + "/api/v1/practices/search?status=SUBMITTED&q=" + Api.encode(marker);
        await().atMost(SEARCHABLE).untilAsserted(() -> assertThat(ids(api.get(submitted, coordinator))).contains(id));
        assertThat(api.get(submitted, null).status()).isEqualTo(403);
        assertThat(api.get(stack.searchUrl + "/api/v1/practices/" + id, null).status()).isEqualTo(404);

        api.move(practice, "start-screening", coordinator, "{}");
        api.move(practice, "start-review", coordinator, "{}");
        assertThat(api.move(practice, "approve", coordinator, Map.of()).status()).isEqualTo(200);
        String publicSearch = stack.searchUrl + "/api/v1/practices/search?q=" + Api.encode(marker);
        await().atMost(SEARCHABLE).untilAsserted(() -> assertThat(ids(api.get(publicSearch, null))).containsExactly(id));

        Api.Response archived = api.move(practice, "archive", coordinator, Map.of("comment", "Практика устарела"));
        assertThat(archived.status()).as("%s", archived).isEqualTo(200);
        await().atMost(SEARCHABLE).untilAsserted(() -> assertThat(ids(api.get(publicSearch, null))).isEmpty());
        assertThat(ids(api.get(stack.searchUrl + "/api/v1/practices/search?status=ARCHIVED&q=" + Api.encode(marker),
                coordinator))).containsExactly(id);
    }

    @Test
    void anAdminRebuildsTheIndexFromTheRegistryWithoutLosingAPractice() {
        String admin = api.tokenFor("admin");
        long before = api.get(stack.searchUrl + "/api/v1/practices/search?size=1", null).body().get("total").asLong();
        assertThat(api.post(stack.searchUrl + "/api/v1/admin/index-rebuilds", api.tokenFor("coordinator"), "{}").status())
                .isEqualTo(403);

        Api.Response started = api.post(stack.searchUrl + "/api/v1/admin/index-rebuilds", admin, "{}");
        assertThat(started.status()).as("%s", started).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                api.get(stack.searchUrl + "/api/v1/admin/index-rebuilds/latest", admin).body().get("state").asText())
                .isEqualTo("SUCCEEDED"));
        JsonNode rebuild = api.get(stack.searchUrl + "/api/v1/admin/index-rebuilds/latest", admin).body();
        assertThat(rebuild.get("targetIndex").asText()).isNotEqualTo(rebuild.get("previousIndex").asText());
        assertThat(api.get(stack.searchUrl + "/api/v1/practices/search?size=1", null).body().get("total").asLong())
                .isGreaterThanOrEqualTo(before);
        assertThat(api.get(stack.searchUrl + "/api/v1/practices/search?q=" + Api.encode("МФЦ"), null)
                .body().get("total").asLong()).isPositive();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return StreamSupport.stream(response.body().get("hits").spliterator(), false)
                .map(hit -> hit.get("id").asText()).toList();
    }
}
