package kz.elections.common.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Tells every replica of a service that something it may keep in memory changed, through PostgreSQL's
 * LISTEN/NOTIFY on the service's own database. {@link #send} notifies inside the caller's transaction, so the
 * notice goes out when, and only if, it commits; each replica's listener (one connection of its own, outside the
 * pool) fires it as a {@link ClusterNotice} event. A replica listens only if some bean observes those events.
 * While the listener is not connected, {@link #listening()} is false and whoever keeps something must check the
 * database again as it did before; once it is connected again a {@link #RESYNC} notice says anything may have
 * changed meanwhile.
 */
@ApplicationScoped
public class ClusterNotices {

    /** The one channel of a service's database; the topic is in the payload. */
    static final String CHANNEL = "tizim_cluster";
    /** Topic of the notice fired after (re)connecting: notices may have been missed. */
    public static final String RESYNC = "resync";

    private static final Logger LOG = Logger.getLogger(ClusterNotices.class);
    /** How long one wait for notices blocks, so that a stop is noticed. */
    private static final int WAIT_MILLIS = 500;
    /** A quiet connection is checked this often, so that a dead one is replaced. */
    private static final long CHECK_MILLIS = 10_000;

    @Inject
    EntityManager entityManager;

    @Inject
    Event<ClusterNotice> notices;

    @Inject
    BeanManager beans;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "tizim.cluster.reconnect-after", defaultValue = "1S")
    Duration reconnectAfter;

    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    /** Notifies every replica of {@code topic}/{@code subject} once the current transaction commits. */
    public void send(String topic, String subject) {
        entityManager.createNativeQuery("select 1 from (select pg_notify(?1, ?2)) as sent")
                .setParameter(1, CHANNEL).setParameter(2, topic + " " + subject).getSingleResult();
    }

    /** Whether this replica hears notices now; if not, what it keeps may be stale. */
    public boolean listening() {
        return listening;
    }

    void start(@Observes StartupEvent started) {
        if (beans.resolveObserverMethods(new ClusterNotice(RESYNC, "")).isEmpty()) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "cluster-notices");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                listening = true;
                LOG.debugf("listening for cluster notices on %s", CHANNEL);
                deliver(new ClusterNotice(RESYNC, ""));
                long quietSince = System.currentTimeMillis();
                PGConnection notifying = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifying.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        for (PGNotification notification : received) {
                            deliver(parse(notification.getParameter()));
                        }
                        quietSince = System.currentTimeMillis();
                    } else if (System.currentTimeMillis() - quietSince > CHECK_MILLIS) {
                        statement.execute("select 1");
                        quietSince = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    LOG.warnf("cluster notices interrupted (%s); cached data is checked against the database until they resume",
                            e.getMessage());
                }
                listening = false;
                pause();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "tizim-cluster-notices");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        return connection;
    }

    private void deliver(ClusterNotice notice) {
        try {
            notices.fire(notice);
        } catch (RuntimeException e) {
            LOG.warnf(e, "a cluster notice %s %s was not handled", notice.topic(), notice.subject());
        }
    }

    static ClusterNotice parse(String payload) {
        int space = payload.indexOf(' ');
        return space < 0 ? new ClusterNotice(payload, "") : new ClusterNotice(payload.substring(0, space), payload.substring(space + 1));
    }

    private void pause() {
        try {
            Thread.sleep(reconnectAfter.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
