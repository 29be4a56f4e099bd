package dev.praxis.registry.support;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Test data through the real API, and a look at the rows behind it to prove what did not change. */
@TestComponent
public class PracticeApi {

    private final MockMvc mvc;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    PracticeApi(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
        this.mvc = mvc;
        this.json = json;
        this.jdbc = jdbc;
    }

    /** A valid {@code PracticeDraft} body with {@code steps} steps; mutable, so tests can break it. */
    public static Map<String, Object> draft(int steps) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Центр оказания услуг для бизнеса «Мой бизнес»");
        body.put("regionCode", "RU-KGD");
        body.put("directionCode", "business-support");
        body.put("problem", "Предприниматели обходили пять ведомств, чтобы получить поддержку.");
        body.put("solution", "Единое окно: все меры поддержки в одном центре и онлайн.");
        body.put("steps", new ArrayList<>(IntStream.rangeClosed(1, steps).mapToObj(PracticeApi::step).toList()));
        return body;
    }

    /** A valid draft that fills every optional field of the card too. */
    public static Map<String, Object> fullDraft(int steps) {
        var body = draft(steps);
        body.put("summary", "Все меры поддержки малого и среднего бизнеса в одном окне и онлайн.");
        body.put("municipality", "Гурьевский муниципальный округ");
        body.put("tags", new ArrayList<>(List.of("МФЦ", "малое и среднее предпринимательство", "единое окно")));
        body.put("startYear", 2019);
        body.put("budget", 12_500_000.5);
        body.put("effects", new ArrayList<>(List.of(
                effect("Срок получения поддержки", "дней", 42, 9),
                effect("Доля обращений онлайн", "%", 0, 61.5))));
        return body;
    }

    /** A valid draft that fills every field of the complete card, each text in Russian and English. */
    public static Map<String, Object> completeDraft() {
        var body = fullDraft(2);
        body.put("titleEn", "One-stop business support centre");
        body.put("summaryEn", "Every support measure for small business in one place and online.");
        body.put("authorOrganisation", "Министерство экономического развития Калининградской области");
        body.put("authorOrganisationEn", "Ministry of Economic Development of Kaliningrad Oblast");
        body.put("team", new ArrayList<>(List.of(map(
                "name", "Анна Петрова", "jobTitle", "Руководитель проекта", "jobTitleEn", "Project lead",
                "email", "petrova@example.org", "phone", "+7 4012 00-00-00"))));
        body.put("startDate", "2019-03-01");
        body.put("endYear", 2021);
        body.put("endDate", "2021-12-31");
        body.put("currency", "eur");
        body.put("fundingSources", new ArrayList<>(List.of(map("kind", "REGIONAL", "sharePercent", 70),
                map("kind", "EXTRA_BUDGETARY", "sharePercent", 30))));
        body.put("partners", new ArrayList<>(List.of(map("name", "Торгово-промышленная палата", "nameEn",
                "Chamber of Commerce", "role", "Консультации", "roleEn", "Advice"))));
        body.put("audience", "Начинающие предприниматели");
        body.put("audienceEn", "Starting entrepreneurs");
        body.put("reach", 12000);
        body.put("problemEn", "Entrepreneurs went to five agencies to get support.");
        body.put("goal", "Поддержка за один визит");
        body.put("goalEn", "Support in one visit");
        body.put("solutionEn", "A single window for every support measure.");
        body.put("resources", map("money", "Бюджет центра", "moneyEn", "The centre's budget", "staff", "5 консультантов",
                "staffEn", "5 advisers", "it", "CRM", "itEn", "A CRM", "legalActs", "Положение о центре",
                "legalActsEn", "The centre's charter"));
        body.put("risks", "Очереди в первые месяцы");
        body.put("risksEn", "Queues in the first months");
        body.put("dos", "Обучить консультантов заранее");
        body.put("dosEn", "Train the advisers first");
        body.put("donts", "Не открывать без регламента");
        body.put("dontsEn", "Do not open without regulations");
        @SuppressWarnings("unchecked")
        var step = (Map<String, Object>) ((List<?>) body.get("steps")).getFirst();
        step.putAll(map("titleEn", "Step 1: write the regulations", "descriptionEn", "Description of step 1",
                "responsibleEn", "Ministry of Economy", "resources", "Юрист", "resourcesEn", "A lawyer",
                "documents", "Регламент", "documentsEn", "Regulations", "kpi", "Регламент утверждён",
                "kpiEn", "Regulations approved"));
        @SuppressWarnings("unchecked")
        var effect = (Map<String, Object>) ((List<?>) body.get("effects")).getFirst();
        effect.putAll(map("indicatorEn", "Time to get support", "unitEn", "days", "period", "2019–2021",
                "periodEn", "2019–2021", "evidenceUrl", "https://example.org/report.pdf",
                "evidence", "Отчёт министерства за 2021 год", "evidenceEn", "The ministry's 2021 report"));
        return body;
    }

    /** A mutable map of alternating keys and values. */
    public static Map<String, Object> map(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static Map<String, Object> effect(String indicator, String unit, Object before, Object after) {
        var effect = new LinkedHashMap<String, Object>();
        effect.put("indicator", indicator);
        effect.put("unit", unit);
        effect.put("before", before);
        effect.put("after", after);
        return effect;
    }

    public static Map<String, Object> step(int number) {
        var step = new LinkedHashMap<String, Object>();
        step.put("title", "Шаг " + number + ": подготовить регламент");
        step.put("description", "Описание шага " + number);
        step.put("responsible", "Министерство экономики");
        step.put("durationDays", 30);
        return step;
    }

    public String json(Object body) {
        return json.writeValueAsString(body);
    }

    public UUID draftBy(Users author, int steps) throws Exception {
        var response = mvc.perform(post("/api/v1/practices").with(author.token())
                        .contentType(MediaType.APPLICATION_JSON).content(json(draft(steps))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    /** Creates a draft from {@code body} and returns its id. */
    public UUID draftBy(Users author, Map<String, Object> body) throws Exception {
        var response = mvc.perform(post("/api/v1/practices").with(author.token())
                        .contentType(MediaType.APPLICATION_JSON).content(json(body)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    public UUID submittedBy(Users author) throws Exception {
        var id = draftBy(author, 2);
        move(id, "submit", author);
        return id;
    }

    /** Submitted, screened and sent to the experts. */
    public UUID underReview(Users author, Users coordinator) throws Exception {
        var id = submittedBy(author);
        toReview(id, coordinator);
        return id;
    }

    /** Screens a submitted practice and sends it to review, as a coordinator does before deciding. */
    public void toReview(UUID id, Users coordinator) throws Exception {
        move(id, "start-screening", coordinator);
        move(id, "start-review", coordinator);
    }

    public UUID approved(Users author, Users coordinator) throws Exception {
        var id = underReview(author, coordinator);
        move(id, "approve", coordinator);
        return id;
    }

    public UUID archived(Users author, Users coordinator) throws Exception {
        var id = approved(author, coordinator);
        mvc.perform(post("/api/v1/practices/{id}/archive", id).with(coordinator.token()).with(current(id))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("comment", "Практика устарела"))))
                .andExpect(status().isOk());
        return id;
    }

    /** A move without a body, made from the current version, that must succeed. */
    public void move(UUID id, String action, Users user) throws Exception {
        mvc.perform(post("/api/v1/practices/{id}/" + action, id).with(user.token()).with(current(id)))
                .andExpect(status().isOk());
    }

    /**
     * {@code If-Match} with the practice's stored version, as a client that has just read it sends;
     * for an id that names no practice (or is no UUID) an arbitrary one.
     */
    public RequestPostProcessor current(Object id) {
        return request -> {
            long version = 1;
            if (id instanceof UUID practiceId) {
                version = jdbc.sql("select version from practices where id = :id").param("id", practiceId)
                        .query(Long.class).optional().orElse(1L);
            }
            request.addHeader("If-Match", "\"" + version + "\"");
            return request;
        };
    }

    /** Asks, as {@code official}, to replicate the practice in Novosibirsk Oblast. */
    public void replicate(UUID practiceId, Users official) throws Exception {
        var body = Map.of("practiceId", practiceId, "regionCode", "RU-NVS", "reason", "Хотим так же",
                "plannedStart", "2027-02-01");
        mvc.perform(post("/api/v1/replications").with(official.token())
                .contentType(MediaType.APPLICATION_JSON).content(json(body))).andExpect(status().isCreated());
    }

    public void revise(UUID id, Users author, Map<String, Object> body) throws Exception {
        mvc.perform(put("/api/v1/practices/{id}", id).with(author.token()).with(current(id))
                .contentType(MediaType.APPLICATION_JSON).content(json(body))).andExpect(status().isOk());
    }

    /** The stored state of a practice: status, version, title, number of steps, audit lines and events. */
    public Row row(UUID id) {
        return jdbc.sql("""
                        select status, version, title,
                               (select count(*) from practice_steps s where s.practice_id = p.id) as steps,
                               (select count(*) from practice_status_changes c where c.practice_id = p.id) as changes,
                               (select count(*) from practice_events e where e.practice_id = p.id) as events
                          from practices p where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Row(rs.getString("status"), rs.getLong("version"), rs.getString("title"),
                        rs.getInt("steps"), rs.getInt("changes"), rs.getInt("events")))
                .single();
    }

    public long practicesWrittenBy(Users author) {
        return jdbc.sql("select count(*) from practices where author_username = :username")
                .param("username", author.username()).query(Long.class).single();
    }

    public long replicationsRequestedBy(Users official) {
        return jdbc.sql("select count(*) from replications where requested_by = :username")
                .param("username", official.username()).query(Long.class).single();
    }

    /** The outbox events of a practice in feed order, with what their cards say. */
    public List<Event> events(UUID practiceId) {
        return jdbc.sql("""
                        select type, practice_version, payload ->> 'version' as card_version, payload ->> 'status' as status,
                               (payload ->> 'replicationCount')::int as replication_count
                          from practice_events where practice_id = :id order by tx_id, id
                        """)
                .param("id", practiceId)
                .query((rs, n) -> new Event(rs.getString("type"), rs.getLong("practice_version"),
                        Long.parseLong(rs.getString("card_version")), rs.getString("status"),
                        rs.getInt("replication_count")))
                .list();
    }

    /** The version of the latest card kept for the snapshot, or null when there is none. */
    public Long cardVersion(UUID practiceId) {
        return jdbc.sql("select version from practice_cards where practice_id = :id")
                .param("id", practiceId).query(Long.class).optional().orElse(null);
    }

    public record Event(String type, long version, long cardVersion, String status, int replicationCount) {
    }

    public record Row(String status, long version, String title, int steps, int statusChanges, int events) {
    }

    public static List<String> ids(String pageJson) {
        return JsonPath.read(pageJson, "$.items[*].id");
    }
}
