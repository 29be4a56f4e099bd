package dev.praxis.search.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.query.DeleteQuery;
import org.springframework.data.elasticsearch.core.query.Query;

/**
 * A small catalogue of 30 practices (26 approved, 2 submitted, 1 archived, 1 rejected), loaded
 * once per test class straight into the index. Ids are UUIDs, as the registry issues them, with fresh
 * high bits per load, so a reload never collides with the external versions of deleted documents;
 * the low bits count the practices in the order of the table, so ids sort in that order. The facet counts the tests expect
 * follow from the table in {@link #CatalogFixture(long)}.
 */
public final class CatalogFixture {

    static final Map<String, String[]> REGIONS = Map.of(
            "RU-KGD", new String[] {"Калининградская область", "Северо-Западный федеральный округ"},
            "RU-SPE", new String[] {"Санкт-Петербург", "Северо-Западный федеральный округ"},
            "RU-MOW", new String[] {"Москва", "Центральный федеральный округ"},
            "RU-TUL", new String[] {"Тульская область", "Центральный федеральный округ"},
            "RU-TA", new String[] {"Республика Татарстан", "Приволжский федеральный округ"});
    static final Map<String, String> DIRECTIONS = Map.of(
            "public-services", "Государственные и муниципальные услуги",
            "business-support", "Поддержка бизнеса",
            "education", "Образование",
            "healthcare", "Здравоохранение",
            "urban-environment", "Городская среда");

    private final long load;
    private final Map<String, String> idsByKey = new LinkedHashMap<>();
    private final Map<String, PracticeDocument> practices = new LinkedHashMap<>();

    private CatalogFixture(long load) {
        this.load = load;
        // key, status, title, region, direction, start year, budget, replications, expert score, published
        approved("mfc", "Многофункциональный центр в каждом посёлке", "RU-KGD", "public-services", 2019, 3_500_000L, 4, "4.5", "2024-03-01")
                .problem("Жители отдалённых сёл ездили за справками в районный центр за сорок километров.")
                .solution("Открыли офисы приёма заявлений в сельских администрациях с выездом специалистов по графику.")
                .save();
        approved("mfcTypo", "Многофункцианальный молодёжный зал", "RU-TUL", "education", 2021, 800_000L, 0, null, "2024-03-02")
                .problem("Подросткам негде было собираться после занятий.").save();
        approved("msp", "Акселератор для МСП", "RU-TA", "business-support", 2020, 25_000_000L, 2, "3.9", "2024-03-03")
                .problem("Начинающие МСП закрывались в первый год работы без наставников.")
                .solution("Трёхмесячная программа для МСП с экспертами и пилотными заказами.").save();
        approved("bikeTitle", "Велодорожки вдоль набережной", "RU-SPE", "urban-environment", 2022, 150_000_000L, 1, "4.8", "2024-03-04")
                .problem("Горожане жаловались на нехватку безопасных маршрутов для поездок к реке.").save();
        approved("bikeBody", "Обновление городских дворов", "RU-SPE", "urban-environment", 2022, null, 0, null, "2024-03-05")
                .problem("Жители просили построить велодорожки между дворами и парком, а также обновить освещение"
                        + " детских площадок и лавочки у подъездов.").save();
        approved("phraseNear", "Подвоз детей к занятиям", "RU-TUL", "education", 2018, 5_000_000L, 3, "4.1", "2024-03-06")
                .problem("В отдалённых сёлах школьный автобус приходил нерегулярно, и дети пропускали первые уроки зимой.")
                .save();
        approved("phraseFar", "Расписание секций для подростков", "RU-MOW", "education", 2023, 600_000L, 0, "3.0", "2024-03-07")
                .problem("Школьный стадион пустовал по вечерам, а единственный в районе автобус уходил раньше конца тренировок.")
                .save();
        approved("html", "Портал <b>открытых</b> данных & отчётов", "RU-MOW", "public-services", 2021, 12_000_000L, 0, "3.5", "2024-03-08")
                .problem("Отчёты публиковали как <script>alert(1)</script> сканы, и никто их не читал.").save();
        approved("elderlyTaxi", "Социальное такси для пожилых", "RU-TA", "healthcare", 2020, 9_000_000L, 5, "4.9", "2024-03-09")
                .problem("Пожилые жители сельских поселений не могли добраться до районной поликлиники: рейсовые автобусы"
                        + " ходили раз в неделю, а фельдшерские пункты в деревнях закрылись, поэтому люди месяцами"
                        + " откладывали визиты к врачу.")
                .solution("Район закупил два микроавтобуса и возит пациентов по записи через колл-центр.").save();
        approved("meals", "Горячее питание в сельских школах", "RU-KGD", "education", 2019, 2_000_000L, 1, "4.0", "2024-03-10")
                .problem("Ученики малокомплектных школ не получали горячие обеды: столовые закрылись, повара уволились.")
                .solution("Организовали доставку горячих обедов из районного комбината питания в термоконтейнерах.")
                .tags("школьное питание").save();
        approved("mealsToo", "Доставка горячих обедов в малокомплектные школы", "RU-TUL", "education", 2020, 1_500_000L, 0, null, "2024-03-11")
                .problem("В малокомплектных школах района закрылись столовые, и ученики оставались без горячего обеда.")
                .solution("Комбинат питания готовит обеды и доставляет их в школы в термоконтейнерах.")
                .tags("школьное питание").save();
        practice("mealsQueued", "SUBMITTED", "Горячие обеды для учеников малокомплектных школ", "RU-KGD", "education", 2024, 1_000_000L, 0, null, null)
                .problem("Ученики малокомплектных школ остались без горячих обедов, когда закрылись столовые.")
                .solution("Доставка обедов из комбината питания в термоконтейнерах.").tags("школьное питание").save();
        practice("sportsQueued", "SUBMITTED", "Многофункциональная спортивная площадка", "RU-MOW", "urban-environment", 2024, null, 0, null, null)
                .save();
        practice("mfcArchived", "ARCHIVED", "Многофункциональный центр для фермеров", "RU-KGD", "public-services", 2017, 4_000_000L, 2, "3.2", "2023-01-01")
                .save();
        practice("rejected", "REJECTED", "Ярмарка вакансий для МСП", "RU-TA", "business-support", 2022, 300_000L, 0, null, null).save();
        approved("queueClinic", "Электронная очередь в регистратуре", "RU-MOW", "healthcare", 2021, 700_000L, 2, "3.8", "2024-02-01").save();
        approved("mentoring", "Наставничество для молодых учителей", "RU-TA", "education", 2019, null, 0, null, "2024-02-02").save();
        approved("fair", "Ярмарка выходного дня для фермеров", "RU-TUL", "business-support", 2022, 400_000L, 1, "3.3", "2024-02-03").save();
        approved("dispatch", "Единая диспетчерская служба ЖКХ", "RU-KGD", "public-services", 2020, 60_000_000L, 3, "4.2", "2024-02-04").save();
        approved("sportsGrounds", "Открытые спортивные площадки во дворах", "RU-SPE", "urban-environment", 2021, 20_000_000L, 0, null, "2024-02-05").save();
        approved("consumerSchool", "Курсы грамотного потребителя", "RU-MOW", "business-support", 2018, 200_000L, 0, "2.5", "2024-02-06").save();
        approved("museumGuide", "Цифровой гид по музеям", "RU-SPE", "education", 2022, 3_000_000L, 1, "3.7", "2024-02-07").save();
        approved("leanHospital", "Бережливая больница", "RU-TUL", "healthcare", 2019, 15_000_000L, 6, "4.7", "2024-02-08").save();
        approved("projectOffice", "Муниципальный проектный офис", "RU-TA", "public-services", 2021, null, 0, null, "2024-02-09").save();
        approved("volunteers", "Добровольческий штаб при администрации", "RU-KGD", "public-services", 2020, 500_000L, 2, "3.6", "2024-02-10").save();
        approved("accessMap", "Карта доступной среды", "RU-MOW", "urban-environment", 2023, 1_200_000L, 0, null, "2024-02-11").save();
        approved("firstJobs", "Субсидии на первые рабочие места", "RU-TA", "business-support", 2021, 80_000_000L, 1, "4.0", "2024-02-12").save();
        approved("wasteSorting", "Раздельный сбор отходов во дворах", "RU-SPE", "urban-environment", 2020, 250_000_000L, 0, null, "2024-02-13").save();
        // Two practices published at the same moment: only the id orders them.
        approved("clubCowork", "Сельский клуб как коворкинг", "RU-TUL", "business-support", 2023, null, 0, null, "2024-02-14").save();
        approved("onlineClubs", "Онлайн-запись в кружки", "RU-KGD", "education", 2022, 900_000L, 0, null, "2024-02-14").save();
    }

    /** Replaces whatever the index holds with a fresh copy of this catalogue. */
    public static CatalogFixture load(PracticeIndex index, ElasticsearchOperations operations) {
        var fixture = new CatalogFixture(UUID.randomUUID().getMostSignificantBits());
        index.ensureExists();
        index.refresh();
        operations.delete(DeleteQuery.builder(Query.findAll()).withRefresh(true).build(), PracticeDocument.class);
        index.putAll(fixture.practices.values().stream().map(p -> new PracticeIndex.Versioned(p, 1)).toList());
        index.refresh();
        return fixture;
    }

    /** Leaves the index to the next test class without this catalogue in it. */
    public void unload(ElasticsearchOperations operations) {
        practices.keySet().forEach(id -> operations.delete(id, PracticeDocument.class));
    }

    /** The id of the practice with this key. */
    public String id(String key) {
        String id = idsByKey.get(key);
        if (id == null) {
            throw new IllegalArgumentException("No practice " + key + " in the fixture");
        }
        return id;
    }

    public List<String> ids(String... keys) {
        return java.util.Arrays.stream(keys).map(this::id).toList();
    }

    public PracticeDocument practice(String key) {
        return practices.get(id(key));
    }

    /** Ids of the approved practices: what anonymous users may find. */
    public List<String> approvedIds() {
        return practices.values().stream().filter(PracticeDocument::isPublic).map(PracticeDocument::id).toList();
    }

    private Builder approved(String key, String title, String region, String direction, int year, Long budget,
                             int replications, String score, String published) {
        return practice(key, PracticeDocument.APPROVED, title, region, direction, year, budget, replications, score,
                published);
    }

    private Builder practice(String key, String status, String title, String region, String direction, int year,
                             Long budget, int replications, String score, String published) {
        String id = new UUID(load, idsByKey.size() + 1).toString();
        idsByKey.put(key, id);
        return new Builder(id, status, title, region, direction, year, budget, replications, score, published);
    }

    private final class Builder {

        private final String id;
        private final String status;
        private final String title;
        private final String region;
        private final String direction;
        private final int year;
        private final Long budget;
        private final int replications;
        private final String score;
        private final String published;
        private String problem;
        private String solution = "Решение описано в алгоритме внедрения.";
        private final List<String> tags = new ArrayList<>();

        Builder(String id, String status, String title, String region, String direction, int year, Long budget,
                int replications, String score, String published) {
            this.id = id;
            this.status = status;
            this.title = title;
            this.region = region;
            this.direction = direction;
            this.year = year;
            this.budget = budget;
            this.replications = replications;
            this.score = score;
            this.published = published;
            this.problem = "Проблема практики «" + title + "».";
        }

        Builder problem(String problem) {
            this.problem = problem;
            return this;
        }

        Builder solution(String solution) {
            this.solution = solution;
            return this;
        }

        Builder tags(String... tags) {
            this.tags.addAll(List.of(tags));
            return this;
        }

        void save() {
            Instant submitted = Instant.parse("2024-01-15T09:00:00Z");
            Instant publishedAt = published == null ? null : Instant.parse(published + "T10:00:00Z");
            practices.put(id, new PracticeDocument(id, status, title, null, region, REGIONS.get(region)[0],
                    REGIONS.get(region)[1], null, direction, DIRECTIONS.get(direction), tags, year,
                    budget == null ? null : BigDecimal.valueOf(budget), "ru", problem, solution,
                    List.of(new PracticeDocument.Step(1, "Утвердить дорожную карту", "Согласовать сроки и ответственных.")),
                    List.of(), "Анна Авторова", replications, score == null ? null : new BigDecimal(score), submitted,
                    publishedAt, publishedAt == null ? submitted : publishedAt));
        }
    }
}
