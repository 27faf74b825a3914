package kz.elections.results.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.elections.law.observer.ObserverAccreditation;
import kz.elections.results.observer.Accreditation;
import kz.elections.results.observer.AccreditationService;
import kz.elections.results.observer.ObserverApi;

/**
 * The local stack's demo observers ({@code tizim.demo.enabled=true}): the realm's demo user {@code observer} and the
 * demo consumer's service account, accredited by the central commission for the whole country from the calling of the
 * 2023 election to a year after the start, through the audited service. Each is accredited once: a user name with any
 * accreditation is left alone.
 */
public class DemoObservers {

    private static final Logger LOG = Logger.getLogger(DemoObservers.class);
    static final String ACCREDITOR = "system:demo-data";
    /** The Mazhilis 2023 election was called on 19 January 2023. */
    static final OffsetDateTime CALLED = OffsetDateTime.of(2023, 1, 19, 0, 0, 0, 0, ZoneOffset.ofHours(5));

    @Inject
    AccreditationService accreditations;

    @Inject
    Clock clock;

    @ConfigProperty(name = "tizim.demo.enabled", defaultValue = "false")
    boolean enabled;

    void accredit(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        accredit("observer", ObserverAccreditation.OrganisationKind.PUBLIC_ASSOCIATION, "Демо байқаушылар бірлестігі");
        accredit("service-account-results-consumer", ObserverAccreditation.OrganisationKind.MEDIA, "Демо БАҚ");
    }

    private void accredit(String username, ObserverAccreditation.OrganisationKind kind, String organisation) {
        if (QuarkusTransaction.requiringNew().call(() -> Accreditation.count("username", username)) > 0) {
            return;
        }
        OffsetDateTime until = OffsetDateTime.now(clock).plus(Duration.ofDays(365));
        accreditations.accredit(new ObserverApi.AccreditationRequest(username, ObserverAccreditation.Kind.DOMESTIC,
                organisation, kind, null, ObserverAccreditation.NATION, CALLED, until), ACCREDITOR, ObserverAccreditation.NATION);
        LOG.infof("Demo data: observer %s accredited for the whole country until %s", username, until);
    }
}
