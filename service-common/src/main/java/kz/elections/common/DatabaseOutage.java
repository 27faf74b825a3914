package kz.elections.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * A request that failed because the database could not be reached (down, restarting, refusing
 * connections, or the pool gave none in time) is answered 503 with {@code Retry-After}: the client did
 * nothing wrong, and the transaction was rolled back, so the same request may simply be sent again.
 */
public final class DatabaseOutage {

    /** 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    @ConfigMapping(prefix = "tizim.database-unavailable")
    public interface Settings {

        /** How long a client is asked to wait before retrying ({@code Retry-After}, whole seconds). */
        @WithDefault("5s")
        Duration retryAfter();
    }

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or anything in its cause chain, says the database is out of reach. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                // class 08: connection exception (refused, broken, closed)
                return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
            }
            // Agroal's own failure when no connection could be had within the acquisition timeout
            return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return false;
    }
}
