package dev.praxis.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service against a real OpenSearch node and a {@link FakeRegistry}; the scheduled
 * indexer runs as in production. Subclasses share one application context.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class IntegrationTestSupport {

    protected static final FakeRegistry registry = new FakeRegistry();

    @DynamicPropertySource
    static void wire(DynamicPropertyRegistry properties) {
        properties.add("opensearch.uris", OpenSearchTestNode::url);
        properties.add("praxis.indexer.registry-url", registry::url);
        properties.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> registry.url() + "/token");
    }

    /** A code no other test uses, so totals and filters see only this test's practices. */
    protected static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A card as the registry's feed carries it (id, version and status are added by {@link FakeRegistry}). */
    public static Map<String, Object> card(String title, String regionCode, String directionCode, String problem) {
        var card = new LinkedHashMap<String, Object>();
        card.put("title", title);
        card.put("regionCode", regionCode);
        card.put("regionName", "Калининградская область");
        card.put("federalDistrict", "Северо-Западный федеральный округ");
        card.put("summary", "Кратко: " + title);
        card.put("directionCode", directionCode);
        card.put("directionName", "Поддержка бизнеса");
        card.put("problem", problem);
        card.put("solution", "Открыли единое окно для предпринимателей.");
        card.put("steps", List.of(
                Map.of("position", 1, "title", "Подготовить регламент", "description", "Описать порядок приёма заявителей."),
                Map.of("position", 2, "title", "Обучить сотрудников", "description", "Провести тренинги по клиентскому сервису.")));
        card.put("tags", List.of("клиентский сервис"));
        card.put("startYear", 2020);
        card.put("budgetRub", 2_500_000);
        card.put("effects", List.of(Map.of("indicator", "Время ожидания", "unit", "мин", "before", 40, "after", 12)));
        card.put("authorName", "Анна Авторова");
        card.put("replicationCount", 0);
        card.put("submittedAt", "2026-11-19T10:00:00Z");
        card.put("publishedAt", "2026-11-20T10:00:00Z");
        card.put("updatedAt", "2026-11-20T10:00:00Z");
        card.put("language", "ru");
        return card;
    }
}
