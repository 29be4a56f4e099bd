package dev.praxis.search.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.praxis.search.bench.PracticeGenerator.Direction;
import dev.praxis.search.bench.PracticeGenerator.Practice;
import dev.praxis.search.bench.PracticeGenerator.Region;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark shortcut: approved practices written straight into the registry's tables, as the
 * registry itself would leave them after approval — the practice with its steps and effects, its
 * latest card, and one {@code PracticeChanged} event in the outbox the search side consumes.
 * Going through the API would take hours for 100 000 practices and measure the registry instead.
 */
final class RegistryTables implements AutoCloseable {

    static final String AUTHOR_USERNAME = "bench-author";

    /**
     * The column PostgreSQL's full-text baseline searches and ranks: stored, as a real deployment
     * would, because ranking an expression index's matches computes {@code to_tsvector} again for
     * every one of them (a broad query took seconds).
     */
    static final String DOCUMENT = "bench_document";
    static final String DOCUMENT_EXPRESSION =
            "to_tsvector('russian', coalesce(title, '') || ' ' || coalesce(problem, '') || ' ' || coalesce(solution, ''))";

    /** Approval times spread over the last three years, so "newest first" has something to order. */
    private static final long APPROVAL_SPREAD_SECONDS = Duration.ofDays(3 * 365).toSeconds();

    private final String url;
    private final String username;
    private final String password;
    private final Connection connection;
    private final JsonMapper json = JsonMapper.builder().build();

    RegistryTables(String url, String username, String password) throws SQLException {
        // Lets the driver send a batch as multi-row inserts: several times faster for the load.
        this.url = url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        this.username = username;
        this.password = password;
        this.connection = connect();
    }

    /** A new connection to the registry's database, for a thread of the full-text baseline. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    List<Region> regions() throws SQLException {
        var regions = new ArrayList<Region>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select code, name_ru, federal_district from regions order by code")) {
            while (rows.next()) {
                regions.add(new Region(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return regions;
    }

    List<Direction> directions() throws SQLException {
        var directions = new ArrayList<Direction>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select code, name_ru from directions order by code")) {
            while (rows.next()) {
                directions.add(new Direction(rows.getString(1), rows.getString(2)));
            }
        }
        return directions;
    }

    /** Writes the practices as approved, in one transaction: the consumer sees all of them or none. */
    void insertApproved(List<Practice> practices) throws SQLException {
        connection.setAutoCommit(false);
        try (var practice = connection.prepareStatement("""
                     insert into practices (id, title, summary, region_code, municipality, direction_code, tags,
                         start_year, budget, language, problem, solution, status, author_username, author_name,
                         replication_count, version, created_at, updated_at, submitted_at, approved_at)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ru', ?, ?, 'APPROVED', ?, ?, ?, 1, ?, ?, ?, ?)""");
             var step = connection.prepareStatement("""
                     insert into practice_steps (practice_id, position, title, description, responsible, duration_days)
                     values (?, ?, ?, ?, ?, ?)""");
             var effect = connection.prepareStatement("""
                     insert into practice_effects (practice_id, position, indicator, unit, value_before, value_after)
                     values (?, ?, ?, ?, ?, ?)""");
             var card = connection.prepareStatement(
                     "insert into practice_cards (practice_id, version, payload) values (?, 1, cast(? as jsonb))");
             var event = connection.prepareStatement("""
                     insert into practice_events (type, practice_id, practice_version, occurred_at, payload)
                     values ('PracticeChanged', ?, 1, ?, cast(? as jsonb))""")) {
            var now = Instant.now();
            for (Practice p : practices) {
                var approvedAt = now.minusSeconds(Math.floorMod(p.id().getLeastSignificantBits(), APPROVAL_SPREAD_SECONDS));
                var submittedAt = approvedAt.minus(Duration.ofDays(3));
                var createdAt = submittedAt.minus(Duration.ofDays(10));
                addPractice(practice, p, createdAt, submittedAt, approvedAt);
                addSteps(step, p);
                addEffects(effect, p);
                String payload = json.writeValueAsString(Card.of(p, submittedAt, approvedAt));
                card.setObject(1, p.id());
                card.setString(2, payload);
                card.addBatch();
                event.setObject(1, p.id());
                event.setTimestamp(2, Timestamp.from(now));
                event.setString(3, payload);
                event.addBatch();
            }
            practice.executeBatch();
            step.executeBatch();
            effect.executeBatch();
            card.executeBatch();
            event.executeBatch();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The stored document and its index the full-text baseline needs, built once the practices are in. */
    void createFullTextIndex() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("alter table practices add column if not exists " + DOCUMENT
                    + " tsvector generated always as (" + DOCUMENT_EXPRESSION + ") stored");
            statement.execute("create index if not exists bench_practices_document_idx on practices using gin (" + DOCUMENT + ")");
            statement.execute("analyze practices");
        }
    }

    private void addPractice(PreparedStatement insert, Practice p, Instant createdAt, Instant submittedAt,
                             Instant approvedAt) throws SQLException {
        insert.setObject(1, p.id());
        insert.setString(2, p.title());
        insert.setString(3, p.summary());
        insert.setString(4, p.region().code());
        insert.setString(5, p.municipality());
        insert.setString(6, p.direction().code());
        insert.setArray(7, connection.createArrayOf("text", p.tags().toArray()));
        insert.setObject(8, p.startYear(), Types.INTEGER);
        insert.setBigDecimal(9, p.budgetRub());
        insert.setString(10, p.problem());
        insert.setString(11, p.solution());
        insert.setString(12, AUTHOR_USERNAME);
        insert.setString(13, p.authorName());
        insert.setInt(14, p.replicationCount());
        insert.setTimestamp(15, Timestamp.from(createdAt));
        insert.setTimestamp(16, Timestamp.from(approvedAt));
        insert.setTimestamp(17, Timestamp.from(submittedAt));
        insert.setTimestamp(18, Timestamp.from(approvedAt));
        insert.addBatch();
    }

    private static void addSteps(PreparedStatement insert, Practice p) throws SQLException {
        for (int i = 0; i < p.steps().size(); i++) {
            var s = p.steps().get(i);
            insert.setObject(1, p.id());
            insert.setInt(2, i + 1);
            insert.setString(3, s.title());
            insert.setString(4, s.description());
            insert.setString(5, s.responsible());
            insert.setObject(6, s.durationDays(), Types.INTEGER);
            insert.addBatch();
        }
    }

    private static void addEffects(PreparedStatement insert, Practice p) throws SQLException {
        for (int i = 0; i < p.effects().size(); i++) {
            var e = p.effects().get(i);
            insert.setObject(1, p.id());
            insert.setInt(2, i + 1);
            insert.setString(3, e.indicator());
            insert.setString(4, e.unit());
            insert.setBigDecimal(5, e.before());
            insert.setBigDecimal(6, e.after());
            insert.addBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** The registry's {@code PracticeCard} JSON, component for component (docs/contracts.md). */
    record Card(UUID id, long version, String status, String title, String summary, String regionCode,
                String regionName, String federalDistrict, String municipality, String directionCode,
                String directionName, List<String> tags, Integer startYear, BigDecimal budgetRub, BigDecimal budget,
                String currency, String language,
                String problem, String solution, List<CardStep> steps, List<CardEffect> effects, String authorName,
                int replicationCount, Double expertScore, Instant submittedAt, Instant publishedAt,
                Instant updatedAt) {

        record CardStep(int position, String title, String description) {
        }

        record CardEffect(String indicator, String unit, BigDecimal before, BigDecimal after) {
        }

        static Card of(Practice p, Instant submittedAt, Instant approvedAt) {
            var steps = new ArrayList<CardStep>();
            for (int i = 0; i < p.steps().size(); i++) {
                steps.add(new CardStep(i + 1, p.steps().get(i).title(), p.steps().get(i).description()));
            }
            var effects = p.effects().stream()
                    .map(e -> new CardEffect(e.indicator(), e.unit(), e.before(), e.after())).toList();
            return new Card(p.id(), 1, "APPROVED", p.title(), p.summary(), p.region().code(), p.region().name(),
                    p.region().federalDistrict(), p.municipality(), p.direction().code(), p.direction().name(),
                    p.tags(), p.startYear(), p.budgetRub(), p.budgetRub(), "RUB", "ru", p.problem(), p.solution(), steps, effects,
                    p.authorName(), p.replicationCount(), p.expertScore(), submittedAt, approvedAt, approvedAt);
        }
    }
}
