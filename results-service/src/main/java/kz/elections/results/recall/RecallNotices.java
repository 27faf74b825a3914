package kz.elections.results.recall;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import kz.elections.common.ProblemException;
import kz.elections.common.upstream.UpstreamCall;
import kz.elections.common.upstream.UpstreamUnavailableException;
import kz.elections.results.publication.ResultVersion;
import kz.elections.results.publication.VersionPublished;

/**
 * Tells the registry the certified outcome of each recall vote (results → registry, never the other way): once a
 * final version commits, each RECALL contest's outcome in it goes to {@code POST /api/v1/recalls/outcomes}, where a
 * recall ends the deputy's mandate. The registry takes the same outcome twice as once, so a commission may send it
 * again ({@link #send}) when the registry was down at certification.
 */
@ApplicationScoped
public class RecallNotices {

    private static final Logger LOG = Logger.getLogger(RecallNotices.class);

    @Inject
    Calls calls;

    void certified(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionPublished version) {
        if (version.status() != ResultVersion.Status.FINAL) {
            return;
        }
        try {
            send(version.electionCode());
        } catch (UpstreamUnavailableException | ProblemException e) {
            LOG.warnf("the registry was not told the recall outcomes of %s version %d (%s); a commission member sends "
                    + "them again with POST /api/v1/elections/%s/results/recall-outcomes", version.electionCode(),
                    version.number(), e.getMessage(), version.electionCode());
        }
    }

    /**
     * Sends the recall outcomes of the election's latest version, which must be final; answers what was sent.
     *
     * @throws UpstreamUnavailableException when the registry does not answer
     */
    public List<RecallRegistryClient.Outcome> send(String election) {
        ResultVersion latest = QuarkusTransaction.requiringNew().call(() -> ResultVersion.latest(election).orElse(null));
        if (latest == null || latest.status != ResultVersion.Status.FINAL) {
            throw ProblemException.conflict("results-not-certified", "Results not certified",
                    "Recall outcomes are sent from a final version; " + election + " has none as its latest",
                    java.util.Map.of("election", election));
        }
        List<RecallRegistryClient.Outcome> sent = new ArrayList<>();
        for (JsonNode contest : latest.document.path("contests")) {
            JsonNode recall = contest.path("recall");
            if (!"RECALL".equals(contest.path("kind").asText()) || recall.isMissingNode() || recall.isNull()) {
                continue;
            }
            RecallRegistryClient.Outcome outcome = new RecallRegistryClient.Outcome(contest.path("contestCode").asText(),
                    recall.path("outcome").asText(), latest.number, recall.path("rule").asText());
            UpstreamCall.guarded("registry-service", () -> calls.outcome(outcome));
            LOG.infof("recall outcome of %s (%s, version %d) sent to the registry", outcome.contest(), outcome.outcome(),
                    latest.number);
            sent.add(outcome);
        }
        return sent;
    }

    /** The guarded call; a separate bean so that the fault-tolerance interceptors apply. */
    @ApplicationScoped
    public static class Calls {

        @Inject
        @RestClient
        RecallRegistryClient registry;

        @Timeout(value = 3, unit = ChronoUnit.SECONDS)
        @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
        @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
                skipOn = ProblemException.class)
        public Void outcome(RecallRegistryClient.Outcome outcome) {
            return UpstreamCall.notFoundAs(() -> ProblemException.conflict("recall-unknown-to-registry",
                    "The registry knows no such recall vote", "The registry has no recall petition whose vote is "
                            + outcome.contest(), java.util.Map.of("contest", outcome.contest())), () -> {
                                registry.outcome(outcome);
                                return null;
                            });
        }
    }
}
