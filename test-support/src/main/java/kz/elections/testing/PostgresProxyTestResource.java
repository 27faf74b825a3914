package kz.elections.testing;

import java.net.URI;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * As {@link PostgresTestResource}, but the service reaches its database through a {@link TcpProxy} that
 * the test receives in a {@link PostgresProxy} field, to take the database away and give it back without
 * stopping the server. Its URL wins over the one {@link PostgresTestResource} gives, as it starts after it.
 * Init arguments: {@code database}, as for {@link PostgresTestResource} (the database is not recreated).
 */
public class PostgresProxyTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "tizim_test";
    private TcpProxy proxy;

    @Override
    public void init(Map<String, String> initArgs) {
        String suffix = System.getenv().getOrDefault("TIZIM_TEST_DB_SUFFIX", "");
        database = initArgs.getOrDefault("database", database) + suffix;
    }

    @Override
    public Map<String, String> start() {
        PostgresDatabase.Connection connection = PostgresDatabase.ensure(database, false);
        URI server = URI.create(connection.jdbcUrl().substring("jdbc:".length()));
        proxy = TcpProxy.start(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
        String proxied = "jdbc:" + server.getScheme() + "://" + "127.0.0.1:" + proxy.port() + server.getRawPath()
                + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery());
        return Map.of(
                "quarkus.datasource.jdbc.url", proxied,
                "quarkus.datasource.username", connection.username(),
                "quarkus.datasource.password", connection.password());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(proxy, new TestInjector.AnnotatedAndMatchesType(PostgresProxy.class, TcpProxy.class));
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
    }
}
