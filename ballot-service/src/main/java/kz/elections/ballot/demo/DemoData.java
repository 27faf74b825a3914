package kz.elections.ballot.demo;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import kz.elections.ballot.ballot.Ballot;
import kz.elections.ballot.ballot.BallotApi;
import kz.elections.ballot.ballot.BallotService;
import kz.elections.ballot.ballot.Lot;
import kz.elections.ballot.precinct.Precinct;
import kz.elections.ballot.precinct.PrecinctService;
import kz.elections.ballot.registry.Registrations;
import kz.elections.ballot.registry.RegistryGateway;
import kz.elections.common.upstream.UpstreamUnavailableException;

/**
 * The local stack's demo data in ballot-service ({@code tizim.demo.enabled=true}): the precincts of the
 * Mazhilis 2023 election ({@link DemoPrecincts}), each voting in the list contest and in its district's
 * contest; the 2023 lot of the list contest; the approved ballots of the list contest and of all 29
 * districts. Everything goes through the services the API uses, with the
 * registry read over HTTP with this service's own token, so the registry's demo data must be loaded
 * first (the local stack starts the registry first; this waits for it up to {@code tizim.demo.registry-wait}).
 * Each part is loaded once: a database that has it already is left alone.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String ACTOR = "system:demo-data";
    static final String LIST = "mazhilis-2023.list";
    /** The 29 districts of 2023 (each unit's, numbered from 1), all of which have registered candidates in the registry. */
    static final List<String> DISTRICTS = DemoPrecincts.UNITS.stream()
            .flatMap(unit -> java.util.stream.IntStream.rangeClosed(1, unit.districts())
                    .mapToObj(n -> "mazhilis-2023.smd-" + unit.code().substring(3) + "-" + String.format("%02d", n)))
            .toList();
    /** The order the Central Election Commission drew by lot in 2023 (CL "On Elections", Art. 37), by the parties' short names. */
    static final List<String> LOT_2023 = List.of("AMANAT", "AUYL", "RESPUBLICA", "QHP", "BAYTAQ", "AKZHOL", "OSDP");
    /** After registration closed on 18 February; the demo's date, not a documented one. */
    static final LocalDate LOT_DRAWN_ON = LocalDate.of(2023, 2, 20);

    @Inject
    RegistryGateway registry;

    @Inject
    PrecinctService precincts;

    @Inject
    BallotService ballots;

    @ConfigProperty(name = "tizim.demo.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "tizim.demo.registry-wait", defaultValue = "PT2M")
    Duration registryWait;

    void load(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        boolean loaded = QuarkusTransaction.requiringNew().call(() -> Precinct.count() > 0 && Lot.findById(LIST) != null
                && concat(LIST, DISTRICTS).stream().allMatch(contest -> Ballot.findApproved(contest).isPresent()));
        if (loaded) {
            return;
        }
        Registrations list = registeredLists();
        if (list == null) {
            LOG.warnf("Demo data: the registry has no registered lists of %s after %s; no precincts or ballots loaded", LIST,
                    registryWait);
            return;
        }
        if (QuarkusTransaction.requiringNew().call(() -> Precinct.count()) == 0) {
            PrecinctService.Imported imported = precincts.importCsv(new StringReader(csv(DemoPrecincts.plan())), unit -> true,
                    ACTOR);
            LOG.infof("Demo data: %d precincts with %d voters voting in %d contests (%d ms)", imported.precincts(),
                    DemoPrecincts.REGISTERED_VOTERS, imported.contests(), (System.nanoTime() - started) / 1_000_000);
        }
        if (QuarkusTransaction.requiringNew().call(() -> Lot.findById(LIST)) == null) {
            Map<String, UUID> parties = list.lists().stream()
                    .collect(Collectors.toMap(Registrations.RegisteredList::partyShortName, Registrations.RegisteredList::partyId));
            List<UUID> order = LOT_2023.stream().map(parties::get).toList();
            ballots.recordLot(list, new BallotApi.LotRequest(order, LOT_DRAWN_ON, "Central Election Commission (demo data)"),
                    ACTOR);
            LOG.infof("Demo data: the 2023 lot of %s", LIST);
        }
        for (String contest : concat(LIST, DISTRICTS)) {
            if (QuarkusTransaction.requiringNew().call(() -> Ballot.findApproved(contest).isEmpty())) {
                Ballot draft = ballots.compose(contest, null, unit -> true, ACTOR);
                Ballot approved = ballots.approve(draft.id, ACTOR);
                LOG.infof("Demo data: ballot of %s approved, version %d, hash %s", contest, approved.version,
                        approved.contentHash.substring(0, 12));
            }
        }
        LOG.infof("Demo data: ballot-service loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The list contest once the registry has all seven lists and every demo district its candidates registered;
     * null if it has not within the wait.
     */
    private Registrations registeredLists() {
        long deadline = System.nanoTime() + registryWait.toNanos();
        while (true) {
            try {
                Registrations list = registry.registrations(LIST);
                boolean listsIn = list.lists() != null && list.lists().size() == LOT_2023.size();
                if (listsIn && DISTRICTS.stream().allMatch(this::hasCandidates)) {
                    return list;
                }
                LOG.info("Demo data: waiting for the registry's demo lists and candidates");
            } catch (UpstreamUnavailableException | kz.elections.common.ProblemException notYet) {
                LOG.infof("Demo data: waiting for the registry (%s: %s)", notYet.getMessage(),
                        notYet.getCause() == null ? "" : notYet.getCause().getMessage());
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

    private boolean hasCandidates(String district) {
        List<Registrations.Candidate> candidates = registry.registrations(district).candidates();
        return candidates != null && !candidates.isEmpty();
    }

    /** The commission's precinct list: each precinct votes in the list contest and in its district's. */
    static String csv(List<DemoPrecincts.Precinct> plan) {
        Map<String, String> demoDistricts = DISTRICTS.stream()
                .collect(Collectors.toMap(DemoData::unitAndNumber, Function.identity()));
        StringBuilder csv = new StringBuilder("number,unit_code,address,voters,contests\n");
        for (DemoPrecincts.Precinct p : plan) {
            String district = demoDistricts.get(p.unitCode() + "/" + p.district());
            csv.append(p.number()).append(',').append(p.unitCode()).append(",Demo polling station ").append(p.unitCode())
                    .append('/').append(p.number()).append(',').append(p.voters()).append(',').append(LIST)
                    .append(district == null ? "" : ";" + district).append('\n');
        }
        return csv.toString();
    }

    /** {@code mazhilis-2023.smd-75-02} → {@code KZ-75/2}. */
    private static String unitAndNumber(String districtCode) {
        String[] parts = districtCode.substring(districtCode.indexOf(".smd-") + 5).split("-");
        return "KZ-" + parts[0] + "/" + Integer.parseInt(parts[1]);
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
