package dev.praxis.search.relevance;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;

/**
 * The PostgreSQL baseline: a weighted {@code russian} tsvector (title A, summary and tags B,
 * problem and solution C, steps D) ranked by {@code ts_rank_cd}. The 'russian' configuration
 * stems Latin words with the English stemmer, so English practices are searchable too.
 */
final class PostgresFullText implements AutoCloseable {

    /** All the query's words (websearch syntax: AND); good for short queries. */
    private static final String ALL_WORDS = """
            select id from practices, websearch_to_tsquery('russian', ?) query
            where document @@ query
            order by ts_rank_cd(document, query) desc, id
            limit ?""";

    /**
     * Any of the query's lexemes (OR): a long problem description never matches as a whole.
     * The lexemes are already stemmed, so they are cast to tsquery as they are.
     */
    private static final String ANY_WORD = """
            select id from practices,
              (select string_agg(quote_literal(lexeme), ' | ')::tsquery as query
               from unnest(tsvector_to_array(to_tsvector('russian', ?))) lexeme) any_word
            where document @@ any_word.query
            order by ts_rank_cd(document, any_word.query) desc, id
            limit ?""";

    private final EmbeddedPostgres postgres;
    private final Connection connection;

    private PostgresFullText(EmbeddedPostgres postgres) throws SQLException {
        this.postgres = postgres;
        this.connection = postgres.getPostgresDatabase().getConnection();
    }

    static PostgresFullText start(List<? extends JsonNode> practices) {
        try {
            var baseline = new PostgresFullText(EmbeddedPostgres.builder().start());
            baseline.load(practices);
            return baseline;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the PostgreSQL baseline", e);
        }
    }

    private void load(List<? extends JsonNode> practices) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("create table practices (id text primary key, document tsvector not null)");
        }
        try (var insert = connection.prepareStatement("""
                insert into practices values (?,
                  setweight(to_tsvector('russian', ?), 'A') || setweight(to_tsvector('russian', ?), 'B')
                  || setweight(to_tsvector('russian', ?), 'C') || setweight(to_tsvector('russian', ?), 'D'))""")) {
            for (JsonNode card : practices) {
                insert.setString(1, card.get("id").asString());
                insert.setString(2, card.get("title").asString());
                insert.setString(3, card.path("summary").asString("") + " " + RelevanceCorpus.tagsText(card));
                insert.setString(4, card.get("problem").asString() + " " + card.get("solution").asString());
                insert.setString(5, RelevanceCorpus.stepsText(card));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The best {@code k} ids: those with all the words first, then those with any of them. */
    List<String> search(String text, int k) {
        try {
            List<String> ranking = new ArrayList<>(ids(ALL_WORDS, text, k));
            if (ranking.size() < k) {
                for (String id : ids(ANY_WORD, text, k)) {
                    if (ranking.size() < k && !ranking.contains(id)) {
                        ranking.add(id);
                    }
                }
            }
            return ranking;
        } catch (SQLException e) {
            throw new IllegalStateException("Full-text query failed for: " + text, e);
        }
    }

    private List<String> ids(String sql, String text, int k) throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            query.setString(1, text);
            query.setInt(2, k);
            try (var rows = query.executeQuery()) {
                var ids = new ArrayList<String>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
        postgres.close();
    }
}
