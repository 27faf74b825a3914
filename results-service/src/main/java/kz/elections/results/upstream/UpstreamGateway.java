package kz.elections.results.upstream;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import kz.elections.common.ProblemException;

/**
 * ballot-service and registry-service behind timeouts, retries and a circuit breaker each. A 404 is
 * the caller's mistake (not retried, not counted); anything else ends as {@link UpstreamUnavailableException}.
 */
@ApplicationScoped
public class UpstreamGateway {

    @Inject
    Calls calls;

    public Upstream.ApprovedBallot approvedBallot(String contest) {
        return guarded("ballot-service", () -> calls.approvedBallot(contest));
    }

    public Upstream.ContestPrecincts precincts(String contest) {
        return guarded("ballot-service", () -> calls.precincts(contest));
    }

    public Upstream.Registrations registrations(String contest) {
        return guarded("registry-service", () -> calls.registrations(contest));
    }

    private static <T> T guarded(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UpstreamUnavailableException(service, e);
        }
    }

    /** The guarded calls; a separate bean so that the fault-tolerance interceptors apply. */
    @ApplicationScoped
    public static class Calls {

        @Inject
        @RestClient
        BallotClient ballot;

        @Inject
        @RestClient
        RegistryClient registry;

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public Upstream.ApprovedBallot approvedBallot(String contest) {
            return notFoundAs("Approved ballot of contest " + contest, () -> ballot.approvedBallot(contest));
        }

        @Timeout(value = 5, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public Upstream.ContestPrecincts precincts(String contest) {
            return notFoundAs("Precincts of contest " + contest, () -> ballot.precincts(contest));
        }

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public Upstream.Registrations registrations(String contest) {
            return notFoundAs("Contest " + contest, () -> registry.registrations(contest));
        }

        private static <T> T notFoundAs(String what, Supplier<T> call) {
            try {
                return call.get();
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    throw new ProblemException(kz.elections.common.Problem.of(404, "not-found", "Not found", what + " is not known"));
                }
                throw e;
            }
        }
    }
}
