package kz.elections.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service under test at its own database ({@code database} init argument), created on
 * the local PostgreSQL or on an embedded one (see {@link PostgresDatabase}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "tizim_test";
    private boolean fresh = true;

    /** {@code database}: its name; {@code fresh} (default true): drop and recreate it, so each run starts empty. */
    @Override
    public void init(Map<String, String> initArgs) {
        // TIZIM_TEST_DB_SUFFIX gives a second checkout on the same server databases of its own.
        String suffix = System.getenv().getOrDefault("TIZIM_TEST_DB_SUFFIX", "");
        database = initArgs.getOrDefault("database", database) + suffix;
        fresh = Boolean.parseBoolean(initArgs.getOrDefault("fresh", "true"));
    }

    @Override
    public Map<String, String> start() {
        PostgresDatabase.Connection connection = PostgresDatabase.ensure(database, fresh);
        return Map.of(
                "quarkus.datasource.jdbc.url", connection.jdbcUrl(),
                "quarkus.datasource.username", connection.username(),
                "quarkus.datasource.password", connection.password());
    }

    @Override
    public void stop() {
        // Kept after the run, for a look at what the tests left; the next run starts it afresh.
    }
}
