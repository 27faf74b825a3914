package kz.elections.results.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.elections.common.ProblemException;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.contest.ContestSync;
import kz.elections.results.protocol.ProtocolApi;
import kz.elections.results.protocol.ProtocolService;
import kz.elections.results.publication.PublicationService;
import kz.elections.results.publication.ResultVersion;
import kz.elections.results.publication.ResultsFeed;
import kz.elections.results.tabulation.TabulationService;
import kz.elections.results.upstream.Upstream;
import kz.elections.results.upstream.UpstreamGateway;
import kz.elections.common.upstream.UpstreamUnavailableException;

/**
 * The local stack's demo data in results-service ({@code tizim.demo.enabled=true}): a protocol of every
 * precinct in every contest of the Mazhilis 2023 election (the list and all 29 districts, so that it certifies), through the protocol service, whose list
 * figures add up to the official 2023 results ({@link DemoProtocols}); result version 1 published and
 * certified as final (version 2) by a second member, so that the results show the official 40/8/6/5/0/6/4
 * seats. Certification starts the parties' 10 days to name who takes their list seats, so the demo leaves
 * that to them (the demo agents may do it through the API); the districts' winners are elected. Ballots and precincts
 * come from ballot-service, which loads them first (this waits for them up to {@code tizim.demo.upstream-wait}).
 * Loaded once: nothing is done if the election has a published version.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PUBLISHER = "system:demo-data";
    /** Certification needs a second commission member. */
    static final String CERTIFIER = "system:demo-data-certifier";
    static final String ELECTION = "mazhilis-2023";
    static final String LIST = "mazhilis-2023.list";
    /** A district's ballots that took part, by weight: invalid, against all; then a candidate's by nominator. */
    static final long INVALID_WEIGHT = 2;
    static final long AGAINST_ALL_WEIGHT = 5;
    static final Map<String, Long> CANDIDATE_WEIGHT = Map.of("AMANAT", 48L, "самовыдвижение", 14L);
    static final long OTHER_PARTY_WEIGHT = 22;

    @Inject
    UpstreamGateway upstream;

    @Inject
    ContestSync contests;

    @Inject
    ProtocolService protocols;

    @Inject
    TabulationService tabulation;


    @Inject
    PublicationService publication;

    @Inject
    ResultsFeed feed;

    @ConfigProperty(name = "tizim.demo.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "tizim.demo.upstream-wait", defaultValue = "PT2M")
    Duration upstreamWait;

    /** Protocols submitted at once; the tallies are sharded, so concurrent protocols rarely wait for each other. */
    @ConfigProperty(name = "tizim.demo.threads", defaultValue = "4")
    int threads;


    void load(@Observes StartupEvent startup) {
        if (!enabled || QuarkusTransaction.requiringNew().call(() -> ResultVersion.latest(ELECTION).isPresent())) {
            return;
        }
        long started = System.nanoTime();
        Map<String, Upstream.ApprovedBallot> ballots = approvedBallots();
        if (ballots == null) {
            LOG.warnf("Demo data: ballot-service has no approved ballots of %s after %s; no protocols loaded", ELECTION,
                    upstreamWait);
            return;
        }
        Map<UUID, Long> issued = submitList(ballots.get(LIST));
        for (Map.Entry<String, Upstream.ApprovedBallot> district : ballots.entrySet()) {
            if (!district.getKey().equals(LIST)) {
                submitDistrict(district.getValue(), issued);
            }
        }
        LOG.infof("Demo data: protocols accepted (%d ms)", (System.nanoTime() - started) / 1_000_000);
        TabulationService.Tabulation list = QuarkusTransaction.requiringNew().call(() -> tabulation.tabulate(LIST));
        ResultVersion provisional = publication.publish(ELECTION, null, unit -> true, PUBLISHER);
        feed.published(provisional);
        ResultVersion certified = publication.certify(ELECTION, provisional.number, unit -> true, CERTIFIER);
        feed.published(certified);
        LOG.infof("Demo data: %s results published (version %d) and certified (version %d), list seats %s; in %d ms",
                ELECTION, provisional.number, certified.number, seatsByShortName(list),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The list seats for the log, by each list's short name (the allocation keys them by registration id). */
    private static Map<String, Long> seatsByShortName(TabulationService.Tabulation list) {
        Map<String, Long> seats = new LinkedHashMap<>();
        list.options().forEach(o -> seats.put(o.detail(),
                list.allocation().seats().getOrDefault(TabulationService.candidateId(o), 0L)));
        return seats;
    }

    /** The list contest's protocols, adding up to the official figures; returns the ballots issued per precinct. */
    private Map<UUID, Long> submitList(Upstream.ApprovedBallot ballot) {
        ContestRecord contest = contests.current(LIST, ballot.contentHash());
        List<Upstream.Precinct> precincts = precincts(LIST);
        long[] voters = precincts.stream().mapToLong(Upstream.Precinct::voters).toArray();
        if (java.util.Arrays.stream(voters).sum() != DemoProtocols.REGISTERED_VOTERS) {
            LOG.warnf("Demo data: the precincts of %s hold %d voters, not the %d of 2023; the totals will differ", LIST,
                    java.util.Arrays.stream(voters).sum(), DemoProtocols.REGISTERED_VOTERS);
        }
        Map<String, Long> official = new HashMap<>();
        DemoProtocols.LIST_VOTES_2023.forEach(p -> official.put(p.party(), p.votes()));
        List<Long> votes = contest.options.stream().map(o -> official.getOrDefault(o.detail(), 0L)).toList();
        long[] issued = DemoProtocols.issued(voters, DemoProtocols.BALLOTS_ISSUED);
        submit(contest, ballot, precincts, DemoProtocols.protocols(voters, issued, DemoProtocols.INVALID,
                DemoProtocols.AGAINST_ALL, votes));
        Map<UUID, Long> byPrecinct = new HashMap<>();
        for (int i = 0; i < precincts.size(); i++) {
            byPrecinct.put(precincts.get(i).id(), issued[i]);
        }
        return byPrecinct;
    }

    /** A district's protocols: its precincts' voters took part as in the list contest; the split is the demo's own. */
    private void submitDistrict(Upstream.ApprovedBallot ballot, Map<UUID, Long> listIssued) {
        String code = ballot.contestCode();
        ContestRecord contest = contests.current(code, ballot.contentHash());
        List<Upstream.Precinct> precincts = precincts(code);
        long[] voters = precincts.stream().mapToLong(Upstream.Precinct::voters).toArray();
        long[] issued = precincts.stream().mapToLong(p -> listIssued.getOrDefault(p.id(), 0L)).toArray();
        long[] weights = new long[contest.options.size() + 2];
        weights[0] = 10 * INVALID_WEIGHT;
        weights[1] = 10 * AGAINST_ALL_WEIGHT;
        for (int j = 0; j < contest.options.size(); j++) {
            // A little more for each later ballot position, so that no two candidates tie.
            weights[j + 2] = 10 * CANDIDATE_WEIGHT.getOrDefault(contest.options.get(j).detail(), OTHER_PARTY_WEIGHT) + j;
        }
        long[] totals = DemoProtocols.totals(java.util.Arrays.stream(issued).sum(), weights);
        List<Long> votes = new ArrayList<>();
        for (int j = 2; j < totals.length; j++) {
            votes.add(totals[j]);
        }
        submit(contest, ballot, precincts, DemoProtocols.protocols(voters, issued, totals[0], totals[1], votes));
    }

    /**
     * Every precinct's protocol through the protocol service, each in its own transaction as the API would take it,
     * {@code tizim.demo.threads} at a time as several tabulators would send them.
     */
    private void submit(ContestRecord contest, Upstream.ApprovedBallot ballot, List<Upstream.Precinct> precincts,
            List<DemoProtocols.Figures> figures) {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> submitted = new ArrayList<>();
            for (int i = 0; i < precincts.size(); i++) {
                ProtocolApi.ProtocolRequest request = request(contest, ballot, precincts.get(i), figures.get(i));
                submitted.add(pool.submit(() -> protocols.submit(request, Optional.empty(), PUBLISHER, unit -> true, false)));
            }
            for (Future<?> protocol : submitted) {
                protocol.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo protocols", e);
        } finally {
            pool.shutdownNow();
        }
        LOG.infof("Demo data: %d protocols of %s (%d ms)", precincts.size(), contest.code,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static ProtocolApi.ProtocolRequest request(ContestRecord contest, Upstream.ApprovedBallot ballot,
            Upstream.Precinct precinct, DemoProtocols.Figures f) {
        List<ProtocolApi.OptionVotes> votes = new ArrayList<>();
        for (int j = 0; j < contest.options.size(); j++) {
            votes.add(new ProtocolApi.OptionVotes(contest.options.get(j).position(), f.votes().get(j)));
        }
        return new ProtocolApi.ProtocolRequest(contest.code, precinct.id(), ballot.contentHash(), f.votersOnList(), 0L,
                f.ballotsReceived(), f.ballotsIssued(), f.ballotsCancelled(), f.tookPart(), f.invalid(), f.againstAll(), votes,
                null);
    }

    /** The contest's precincts in a stable order (unit, number), so the split is the same on every load. */
    private List<Upstream.Precinct> precincts(String code) {
        return upstream.precincts(code).items().stream()
                .sorted(Comparator.comparing(Upstream.Precinct::unitCode).thenComparingInt(Upstream.Precinct::number)).toList();
    }

    /**
     * The approved ballot of every contest of the election (as the registry holds them: the list and its 29 districts),
     * once ballot-service has them all, the list first; null if not within the wait.
     */
    private Map<String, Upstream.ApprovedBallot> approvedBallots() {
        long deadline = System.nanoTime() + upstreamWait.toNanos();
        while (true) {
            Map<String, Upstream.ApprovedBallot> ballots = new java.util.LinkedHashMap<>();
            try {
                List<String> codes = new ArrayList<>(List.of(LIST));
                upstream.electionContests(ELECTION).stream().map(Upstream.Contest::code).filter(code -> !code.equals(LIST))
                        .sorted().forEach(codes::add);
                for (String code : codes) {
                    ballots.put(code, upstream.approvedBallot(code));
                }
                return ballots;
            } catch (UpstreamUnavailableException | ProblemException notYet) {
                LOG.infof("Demo data: waiting for ballot-service's demo ballots (%s)", notYet.getMessage());
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }
}
