package kz.elections.results.elected;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kz.elections.common.upstream.UpstreamUnavailableException;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.protocol.ResultsFreeze;
import kz.elections.results.upstream.Upstream;
import kz.elections.results.upstream.UpstreamGateway;

/**
 * Tells registry-service who is elected once the final results are certified, so that each elected person holds a
 * mandate there: the winner of each decided single-seat contest, and the candidates each party named (or the commission
 * assigned) for its list seats. Calls go one way, results → registry; the registry's side is idempotent, so a report
 * is sent again after every naming and may be re-sent by the commission ({@code POST …/elected/report}).
 */
@ApplicationScoped
public class MandateReport {

    private static final Logger LOG = Logger.getLogger(MandateReport.class);

    public record Reported(String contestCode, int elected) {
    }

    @Inject
    ElectedService elected;

    @Inject
    ResultsFreeze freeze;

    @Inject
    UpstreamGateway upstream;

    @Inject
    ElectedConfig config;

    @Inject
    Clock clock;

    /** Reports every contest of a certified election with someone elected; nothing before certification. */
    public List<Reported> report(String election) {
        List<Reported> reported = new ArrayList<>();
        Integer version = certifiedVersion(election);
        if (version == null) {
            return reported;
        }
        // Read in a transaction of its own, then call the registry outside it.
        Map<String, List<UUID>> elected = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<UUID>> byContest = new LinkedHashMap<>();
            ContestRecord.forElection(election).forEach(contest -> byContest.put(contest.code, electedIn(contest.code)));
            return byContest;
        });
        LocalDate today = LocalDate.now(clock.withZone(config.timeZone()));
        elected.forEach((contest, people) -> {
            if (!people.isEmpty()) {
                upstream.reportElected(contest, new Upstream.ElectedReport(today, people, version));
                reported.add(new Reported(contest, people.size()));
            }
        });
        LOG.infof("elected of %s reported to registry-service: %d contest(s), version %d", election, reported.size(), version);
        return reported;
    }

    /**
     * After a certification or a naming: the report is sent, and a registry that does not answer now is logged rather
     * than undoing what the commission or the party did; the commission re-sends it.
     */
    public void reportAfterCommit(String election) {
        try {
            report(election);
        } catch (UpstreamUnavailableException e) {
            LOG.warnf("registry-service did not take the elected of %s (%s); the commission re-sends them with "
                    + "POST /api/v1/elections/%s/elected/report", election, e.getMessage(), election);
        }
    }

    /** The certified final version of an election; null while none is. */
    public Integer certifiedVersion(String election) {
        return QuarkusTransaction.requiringNew().call(() -> freeze.certifiedVersion(election).orElse(null));
    }

    private List<UUID> electedIn(String contestCode) {
        ElectedService.Elected result = elected.elected(contestCode);
        List<UUID> people = new ArrayList<>();
        result.elected().forEach(p -> people.add(p.nominationId()));
        result.parties().stream().filter(p -> "ASSIGNED".equals(p.status()))
                .forEach(p -> p.elected().forEach(person -> people.add(person.nominationId())));
        return "PROVISIONAL".equals(result.status()) ? List.of() : people;
    }
}
