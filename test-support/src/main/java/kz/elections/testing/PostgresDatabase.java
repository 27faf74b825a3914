package kz.elections.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL database for tests and local runs: the server named by {@code TIZIM_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user {@code TIZIM_PG_USER}, default
 * {@code postgres}) when it answers, otherwise an embedded PostgreSQL started once per JVM, so a
 * machine with only Java can run the tests. The named database is created if it is missing.
 */
public final class PostgresDatabase {

    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static EmbeddedPostgres embedded;

    public record Connection(String jdbcUrl, String username, String password) {
    }

    private PostgresDatabase() {
    }

    public static synchronized Connection ensure(String database) {
        return ensure(database, false);
    }

    /** As {@link #ensure(String)}; with {@code fresh}, an existing database is dropped first, so a test run starts empty. */
    public static synchronized Connection ensure(String database, boolean fresh) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits, _: " + database);
        }
        String server = setting("TIZIM_PG_URL", DEFAULT_SERVER);
        String user = setting("TIZIM_PG_USER", "postgres");
        String password = setting("TIZIM_PG_PASSWORD", "");
        if (!"embedded".equals(server) && reachable(server, user, password)) {
            createIfMissing(server, user, password, database, fresh);
            return new Connection(replaceDatabase(server, database), user, password);
        }
        String embeddedServer = startEmbedded();
        createIfMissing(embeddedServer, "postgres", "", database, fresh);
        return new Connection(replaceDatabase(embeddedServer, database), "postgres", "");
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean reachable(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (java.sql.Connection ignored = DriverManager.getConnection(url, properties(user, password))) {
            return true;
        } catch (SQLException e) {
            System.err.println("[test-support] PostgreSQL at " + url + " not reachable (" + e.getMessage()
                    + "); using an embedded PostgreSQL");
            return false;
        }
    }

    private static Properties properties(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "3");
        return properties;
    }

    private static void createIfMissing(String serverUrl, String user, String password, String database, boolean fresh) {
        try (java.sql.Connection connection = DriverManager.getConnection(serverUrl, properties(user, password));
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            if (fresh) {
                try (Statement drop = connection.createStatement()) {
                    drop.execute("drop database if exists " + database + " with (force)");
                }
            }
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database + " encoding 'UTF8' template template0");
            } catch (SQLException e) {
                // 42P04: created by a concurrent run in the meantime, which is what we wanted.
                if (!"42P04".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " at " + serverUrl, e);
        }
    }

    private static String replaceDatabase(String serverUrl, String database) {
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        return serverUrl.substring(0, slash + 1) + database + (query < 0 ? "" : serverUrl.substring(query));
    }

    /**
     * Starts an embedded PostgreSQL that keeps its data in {@code dataDirectory} (reused when it exists) and
     * listens on {@code port}, for the local stack on a machine without a PostgreSQL server. Returns its
     * server URL; the server lives as long as this JVM.
     */
    public static synchronized String startEmbedded(java.nio.file.Path dataDirectory, int port) {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setPort(port).start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dataDirectory, e);
            }
        }
        System.setProperty("TIZIM_PG_URL", embedded.getJdbcUrl("postgres", "postgres"));
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    /** Whether the server that {@code TIZIM_PG_URL} names (default 127.0.0.1:5432) answers. */
    public static boolean serverAnswers() {
        String server = setting("TIZIM_PG_URL", DEFAULT_SERVER);
        return !"embedded".equals(server)
                && reachable(server, setting("TIZIM_PG_USER", "postgres"), setting("TIZIM_PG_PASSWORD", ""));
    }

    private static String startEmbedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary directory goes with it
                }
            }));
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }
}
