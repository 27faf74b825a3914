package kz.elections.ballot.registry;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import kz.elections.common.ProblemException;
import kz.elections.common.upstream.UpstreamCall;
import kz.elections.common.upstream.UpstreamUnavailableException;

/**
 * The registry behind timeouts, retries and a circuit breaker ({@link UpstreamCall}). An unknown contest
 * is the caller's mistake (404, not retried, not counted against the registry); anything else that goes
 * wrong ends as {@link UpstreamUnavailableException}, which callers answer with 503 and Retry-After.
 */
@ApplicationScoped
public class RegistryGateway {

    static final String SERVICE = "registry-service";

    @Inject
    Calls calls;

    public Registrations registrations(String contestCode) {
        return UpstreamCall.guarded(SERVICE, () -> calls.registrations(contestCode));
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
            return UpstreamCall.notFoundAs(() -> ProblemException.notFound("Contest", contestCode),
                    () -> client.registrations(contestCode));
        }
    }
}
