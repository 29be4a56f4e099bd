package dev.praxis.infra.postgres;

import dev.praxis.infra.Directories;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** A real PostgreSQL 17 (zonky binaries) with a fresh data directory and a {@code praxis} database. */
public final class PostgresServer {

    public static final String DATABASE = "praxis";
    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param logDirectory where PostgreSQL writes its own log ({@code postgresql-server.log}), with
     *     timestamps and every backend's FATAL/ERROR lines; its console output is not relied upon
     */
    public static PostgresServer start(Path dataDirectory, Path logDirectory) throws IOException {
        Directories.deleteRecursively(dataDirectory);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.toAbsolutePath())
                .setCleanDataDirectory(true)
                // The launcher stops PostgreSQL itself, after the services that use it. Zonky's own
                // shutdown hook would stop it at once, in parallel, breaking the services' last requests.
                .setRegisterShutdownHook(false)
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", logDirectory.toAbsolutePath().toString())
                .setServerConfig("log_filename", "postgresql-server.log")
                .setServerConfig("log_connections", "on")
                .setServerConfig("log_disconnections", "on")
                .start();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("Could not create database " + DATABASE, e);
        }
        return new PostgresServer(postgres);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public void stop() throws IOException {
        postgres.close();
    }
}
