package kz.elections.common.audit;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Seals the audit trail ({@link AuditChain#seal}) every {@code tizim.audit.seal-interval} (one second), on one
 * thread of its own, so that a record is in the chain about a second after it committed. Several replicas may
 * run it: the sealer's advisory lock lets one at a time through. A plain scheduled thread: the platform's
 * offline build carries no scheduler extension, and a fixed delay is all this needs.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    @Inject
    AuditChain chain;

    @ConfigProperty(name = "tizim.audit.seal-interval", defaultValue = "1S")
    Duration interval;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::sealQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A failed run (the database away for a moment) is retried at the next tick; the records wait unsealed. */
    private void sealQuietly() {
        try {
            chain.seal();
        } catch (RuntimeException e) {
            LOG.warnf("audit trail not sealed this time: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
