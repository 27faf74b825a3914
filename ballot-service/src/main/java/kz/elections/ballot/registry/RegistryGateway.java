package kz.elections.ballot.registry;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import kz.elections.common.ProblemException;

/**
 * The registry behind timeouts, retries and a circuit breaker. An unknown contest is the caller's
 * mistake (404, not retried, not counted against the registry); anything else that goes wrong ends
 * as {@link RegistryUnavailableException}, which callers answer with 503 and Retry-After.
 */
@ApplicationScoped
public class RegistryGateway {

    @Inject
    Calls calls;

    public Registrations registrations(String contestCode) {
        try {
            return calls.registrations(contestCode);
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RegistryUnavailableException(e);
        }
    }

    /** The guarded calls themselves; a separate bean so the fault-tolerance interceptors apply. */
    @ApplicationScoped
    public static class Calls {

        @Inject
        @RestClient
        RegistryClient client;

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public Registrations registrations(String contestCode) {
            try {
                return client.registrations(contestCode);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    throw ProblemException.notFound("Contest", contestCode);
                }
                throw e;
            }
        }
    }
}
