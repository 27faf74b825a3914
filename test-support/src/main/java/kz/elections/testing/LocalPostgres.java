package kz.elections.testing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The local stack's PostgreSQL: {@code java … LocalPostgres [--fresh] DATA_DIR PORT DATABASE…}. When the server
 * of {@code TIZIM_PG_URL} (default 127.0.0.1:5432) answers, creates the databases there (dropping them first
 * with {@code --fresh}), prints {@code server HOST PORT} and exits. Otherwise starts an embedded PostgreSQL with
 * its data in DATA_DIR on PORT, creates the databases, prints {@code embedded localhost PORT} and keeps running
 * until it is stopped.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> rest = Arrays.asList(args);
        boolean fresh = !rest.isEmpty() && rest.get(0).equals("--fresh");
        if (fresh) {
            rest = rest.subList(1, rest.size());
        }
        if (rest.size() < 3) {
            System.err.println("usage: LocalPostgres [--fresh] DATA_DIR PORT DATABASE...");
            System.exit(2);
        }
        boolean server = PostgresDatabase.serverAnswers();
        if (!server) {
            PostgresDatabase.startEmbedded(Path.of(rest.get(0)), Integer.parseInt(rest.get(1)));
        }
        String url = null;
        for (String database : rest.subList(2, rest.size())) {
            url = PostgresDatabase.ensure(database, fresh).jdbcUrl();
        }
        // jdbc:postgresql://HOST:PORT/DB → HOST PORT
        String hostPort = url.substring("jdbc:postgresql://".length(), url.indexOf('/', "jdbc:postgresql://".length()));
        int colon = hostPort.lastIndexOf(':');
        System.out.println((server ? "server " : "embedded ") + hostPort.substring(0, colon) + " " + hostPort.substring(colon + 1));
        System.out.flush();
        if (!server) {
            Thread.currentThread().join(); // the embedded server lives as long as this process
        }
    }
}
