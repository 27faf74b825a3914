package kz.elections.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The law's waits that no test run can sit out (a deputy's first year in office, a recall's 30 days of signature
 * collection), passed by moving the recorded dates of one mandate or one petition back in the stack's registry
 * database, as if those days had gone by. The only step of the system tests that is not an HTTP call: every check of
 * the dates stays the services' own, against the real clock.
 */
final class RegistryClock {

    private RegistryClock() {
    }

    /** The current mandate of a seat began {@code years} earlier, and so ends that much earlier. */
    static void mandateBeganYearsAgo(String contest, int years) {
        update("update mandate set term_start = (term_start - make_interval(years => ?))::date, "
                + "planned_end = (planned_end - make_interval(years => ?))::date "
                + "where status = 'CURRENT' and contest_id = (select id from contest where code = ?)", years, years, contest);
    }

    /** A recall petition was applied for, decided and signed {@code days} earlier than it was. */
    static void petitionDaysAgo(String petition, int days) {
        update("update recall_petition set applied_on = applied_on - ?, decided_on = decided_on - ?, "
                + "collection_ends_on = collection_ends_on - ? where id = ?::uuid", days, days, days, petition);
        update("update recall_signature set signed_on = signed_on - ? where petition_id = ?::uuid", days, petition);
    }

    private static void update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            if (statement.executeUpdate() == 0) {
                throw new AssertionError("no row to move back in time: " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the registry database refused: " + sql, e);
        }
    }

    /** The registry's database of the stack {@link Platform} started ({@code postgres.out}: kind, host, port). */
    private static String url() {
        try {
            String[] server = Files.readString(Platform.STATE.resolve("postgres.out")).strip().split("\\s+");
            return "jdbc:postgresql://" + server[1] + ":" + server[2] + "/"
                    + System.getProperty("tizim.system-db-prefix", "tizim_system_") + "registry";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
