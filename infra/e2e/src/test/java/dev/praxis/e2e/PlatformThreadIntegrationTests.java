package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's thread over the public APIs of all three services, with tokens
 * issued by a real Keycloak: draft, edit, submit, approve, find, request replication.
 */
class PlatformThreadIntegrationTests {

    private static LocalStack stack;
    private static Api api;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.get();
        api = new Api(stack);
    }

    @Test
    void approvedPracticeBecomesSearchableAndReplicableWithTheAuthorAsMentor() {
        String author = api.tokenFor("author");
        String coordinator = api.tokenFor("coordinator");
        String official = api.tokenFor("official");
        String marker = "Светлогорск" + UUID.randomUUID().toString().substring(0, 6);

        Api.Response created = api.post(stack.registryUrl + "/api/v1/practices", author, draft(
                "Единый центр предоставления услуг предпринимателям " + marker, List.of()));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(created.body().get("status").asText()).isEqualTo("DRAFT");

        String practice = stack.registryUrl + "/api/v1/practices/" + id;
        Api.Response edited = api.revise(practice, author, draft(
                "Единый центр предоставления услуг предпринимателям " + marker,
                List.of(step("Согласовать регламент работы центра"), step("Обучить консультантов"))));
        assertThat(edited.status()).as("%s", edited).isEqualTo(200);
        assertThat(edited.body().get("steps")).hasSize(2);

        Api.Response submitted = api.move(practice, "submit", author, "{}");
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");

        Api.Response queue = api.get(stack.registryUrl + "/api/v1/practices?status=SUBMITTED&size=100", coordinator);
        assertThat(queue.status()).as("%s", queue).isEqualTo(200);
        assertThat(ids(queue.body().get("items"))).contains(id);

        assertThat(api.move(practice, "start-screening", coordinator, "{}").status()).isEqualTo(200);
        assertThat(api.move(practice, "start-review", coordinator, "{}").status()).isEqualTo(200);
        Api.Response approved = api.move(practice, "approve", coordinator, Map.of("comment", "Эффект подтверждён"));
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("APPROVED");
        long approvedAt = System.nanoTime();

        // Other word forms than the title: the Russian analyzer must bring them together.
        String query = "центров предоставления услуг " + marker;
        // A deadline for the poll, not a performance goal: the lag is measured by the benchmark (docs/performance.md).
        await("practice searchable").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            Api.Response found = api.get(stack.searchUrl + "/api/v1/practices/search?q=" + Api.encode(query), null);
            assertThat(found.status()).isEqualTo(200);
            assertThat(ids(found.body().get("hits"))).contains(id);
        });
        System.out.printf("approval-to-searchable lag: %d ms%n", (System.nanoTime() - approvedAt) / 1_000_000);

        JsonNode hit = hitWithId(api.get(stack.searchUrl + "/api/v1/practices/search?q=" + Api.encode(query), null).body(), id);
        assertThat(hit.get("title").asText()).contains(marker);
        assertThat(hit.get("titleHighlight").asText()).contains("<em>");
        // The words are in the title, the solution and a step: the snippet is the solution with
        // the searched words marked (steps are not highlighted, docs/search.md).
        assertThat(hit.get("snippet").asText())
                .isEqualTo("В администрации открыт <em>центр</em> <em>предоставления</em> <em>услуг</em>:"
                        + " консультанты принимают документы по принципу одного окна.");

        Api.Response publicCard = api.get(stack.registryUrl + "/api/v1/practices/" + id, null);
        assertThat(publicCard.status()).as("anonymous reads an approved card: %s", publicCard).isEqualTo(200);

        Api.Response replication = api.post(stack.registryUrl + "/api/v1/replications", official, Map.of(
                "practiceId", id,
                "regionCode", "RU-TA",
                "targetMunicipality", "Елабуга",
                "reason", "Предприниматели ждут консультаций по две недели",
                "plannedStart", LocalDate.now().plusMonths(1).toString()));
        assertThat(replication.status()).as("%s", replication).isEqualTo(201);
        assertThat(replication.body().get("mentorUsername").asText()).isEqualTo("author");
        String replicationId = replication.body().get("id").asText();

        Api.Response mentoring = api.get(stack.registryUrl + "/api/v1/replications/mentoring?size=100", author);
        assertThat(mentoring.status()).as("%s", mentoring).isEqualTo(200);
        assertThat(ids(mentoring.body().get("items"))).contains(replicationId);
    }

    @Test
    void demoCatalogueAnswersRussianWordForms() {
        Api.Response found = api.get(stack.searchUrl + "/api/v1/practices/search?q=" + Api.encode("центров предоставления услуг"), null);
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        assertThat(found.body().get("total").asLong()).isPositive();
    }

    @Test
    void refusesCallsWithoutTokenOrWithTheWrongRole() {
        Api.Response anonymous = api.post(stack.registryUrl + "/api/v1/practices", null, draft("Без токена", List.of()));
        assertThat(anonymous.status()).isEqualTo(401);

        Api.Response forged = api.post(stack.registryUrl + "/api/v1/practices", "not-a-token", draft("Подделка", List.of()));
        assertThat(forged.status()).isEqualTo(401);

        Api.Response official = api.post(stack.registryUrl + "/api/v1/practices", api.tokenFor("official"),
                draft("Не автор", List.of()));
        assertThat(official.status()).isEqualTo(403);
        assertThat(official.contentType()).contains("application/problem+json");
    }

    @Test
    void refusesToApproveBeforeReviewAndLeavesThePracticeUnchanged() {
        String author = api.tokenFor("author");
        String coordinator = api.tokenFor("coordinator");
        Api.Response created = api.post(stack.registryUrl + "/api/v1/practices", author,
                draft("Практика, которую рано одобрять", List.of(step("Шаг"))));
        String practice = stack.registryUrl + "/api/v1/practices/" + created.body().get("id").asText();
        assertThat(api.move(practice, "submit", author, "{}").status()).isEqualTo(200);

        Api.Response approve = api.move(practice, "approve", coordinator, Map.of());
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.contentType()).contains("application/problem+json");
        assertThat(approve.body().get("currentStatus").asText()).isEqualTo("SUBMITTED");
        assertThat(approve.body().get("allowedActions").get(0).asText()).isEqualTo("start-screening");

        assertThat(api.get(practice, author).body().get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void everyServiceAnswersHealthAndPublishesItsApi() {
        for (String service : List.of(stack.registryUrl, stack.searchUrl)) {
            assertThat(api.get(service + "/actuator/health", null).body().get("status").asText()).isEqualTo("UP");
            Api.Response docs = api.get(service + "/v3/api-docs", null);
            assertThat(docs.status()).as("%s", docs).isEqualTo(200);
            assertThat(docs.body().get("paths").size()).isPositive();
            Api.Response swagger = api.get(service + "/swagger-ui/index.html", null);
            assertThat(swagger.status()).isEqualTo(200);
            assertThat(swagger.raw()).contains("swagger-ui");
        }
        assertThat(api.get(stack.webUrl + "/actuator/health", null).body().get("status").asText()).isEqualTo("UP");
    }

    static Map<String, Object> draft(String title, List<Map<String, Object>> steps) {
        return Map.of(
                "title", title,
                "regionCode", "RU-KGD",
                "directionCode", "business-support",
                "problem", "Начинающие предприниматели неделями собирали справки в разных кабинетах администрации.",
                "solution", "В администрации открыт центр предоставления услуг: консультанты принимают документы по принципу одного окна.",
                "steps", steps);
    }

    static Map<String, Object> step(String title) {
        return Map.of("title", title, "description", "Описание шага: " + title, "responsible", "Управление экономики",
                "durationDays", 14);
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("id").asText()).toList();
    }

    private static JsonNode hitWithId(JsonNode result, String id) {
        return StreamSupport.stream(result.get("hits").spliterator(), false)
                .filter(hit -> hit.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
