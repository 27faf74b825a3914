package kz.elections.results.upstream;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import kz.elections.common.Problem;
import kz.elections.common.ProblemException;
import kz.elections.common.upstream.UpstreamCall;

/**
 * ballot-service and registry-service behind timeouts, retries and a circuit breaker each
 * ({@link UpstreamCall}). A 404 is the caller's mistake (not retried, not counted); anything else ends as
 * {@link kz.elections.common.upstream.UpstreamUnavailableException}.
 */
@ApplicationScoped
public class UpstreamGateway {

    @Inject
    Calls calls;

    public Upstream.ApprovedBallot approvedBallot(String contest) {
        return UpstreamCall.guarded("ballot-service", () -> calls.approvedBallot(contest));
    }

    public Upstream.ContestPrecincts precincts(String contest) {
        return UpstreamCall.guarded("ballot-service", () -> calls.precincts(contest));
    }

    public Upstream.Registrations registrations(String contest) {
        return UpstreamCall.guarded("registry-service", () -> calls.registrations(contest));
    }

    /** Every contest of the election as the registry holds it, whether or not results have seen a protocol of it. */
    public java.util.List<Upstream.Contest> electionContests(String election) {
        return UpstreamCall.guarded("registry-service", () -> calls.electionContests(election));
    }

    /** Reports a contest's elected to the registry, where each holds a mandate. */
    public void reportElected(String contest, Upstream.ElectedReport report) {
        UpstreamCall.guarded("registry-service", () -> calls.reportElected(contest, report));
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
            return UpstreamCall.notFoundAs(() -> notKnown("Approved ballot of contest " + contest),
                    () -> ballot.approvedBallot(contest));
        }

        @Timeout(value = 5, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public Upstream.ContestPrecincts precincts(String contest) {
            return UpstreamCall.notFoundAs(() -> notKnown("Precincts of contest " + contest),
                    () -> ballot.precincts(contest));
        }

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public Upstream.Registrations registrations(String contest) {
            return UpstreamCall.notFoundAs(() -> notKnown("Contest " + contest),
                    () -> registry.registrations(contest));
        }

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public java.util.List<Upstream.Contest> electionContests(String election) {
            return UpstreamCall.notFoundAs(() -> notKnown("Election " + election), () -> registry.electionContests(election));
        }

        // No circuit breaker: the report follows a commit and is re-sent by the commission, so a registry outage
        // costs a timed-out call at most, and never blocks the reads above.
        @Timeout(value = 5, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        public Void reportElected(String contest, Upstream.ElectedReport report) {
            UpstreamCall.notFoundAs(() -> notKnown("Contest " + contest), () -> {
                try (jakarta.ws.rs.core.Response response = registry.reportElected(contest, report)) {
                    return response.getStatus();
                }
            });
            return null;
        }

        private static ProblemException notKnown(String what) {
            return new ProblemException(Problem.of(404, "not-found", "Not found", what + " is not known"));
        }
    }
}
