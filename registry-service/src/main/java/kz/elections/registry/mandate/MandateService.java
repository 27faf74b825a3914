package kz.elections.registry.mandate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.election.ContestKind;
import kz.elections.law.mandate.MandateTerm;
import kz.elections.law.vacancy.ListVacancyRules;
import kz.elections.registry.election.Contest;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.nomination.NominationStatus;
import kz.elections.registry.nomination.PartyList;

/**
 * Mandates: created from the elected results-service names (idempotently), ended early by the commission with
 * grounds, each end opening a vacancy. The API other features (recall, vacancies) build on:
 * {@link #currentIn(Contest)}, {@link #currentHolder(Contest)} and {@link #end}.
 */
@ApplicationScoped
public class MandateService {

    private static final Logger LOG = Logger.getLogger(MandateService.class);

    @Inject
    MandateConfig config;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The mandates held now in a contest. */
    public List<Mandate> currentIn(Contest contest) {
        return Mandate.findCurrentIn(contest);
    }

    /** The current holder of a district or akim seat, if any. */
    public Optional<Mandate> currentHolder(Contest contest) {
        if (contest.kind == ContestKind.PARTY_LIST) {
            throw new IllegalArgumentException(contest.code + " is a list contest: it has several seats");
        }
        return currentIn(contest).stream().findFirst();
    }

    /**
     * The commission of a seat's territory: the contest's unit, else its election's ({@code null}: national, the
     * central commission only), as {@link kz.elections.common.Caller#mayActIn} reads it.
     */
    public static String territoryOf(Contest contest) {
        if (contest.unitCode != null) {
            return contest.unitCode;
        }
        return Roles.CENTRAL_TERRITORY.equals(contest.election.territory) ? null : contest.election.territory;
    }

    /**
     * Records the elected of a contest as results-service names them. The same call again changes nothing; a person
     * no longer named (a party naming its elected again within its period) is WITHDRAWN, opening no vacancy. The
     * elected of a by-election fill its vacancy and serve out the body's term.
     */
    @Transactional
    public List<Mandate> recordElected(Contest target, LocalDate electedOn, List<UUID> elected, Integer resultVersion,
            String actor) {
        Contest contest = entityManager.find(Contest.class, target.id, LockModeType.PESSIMISTIC_WRITE);
        Set<UUID> named = new LinkedHashSet<>(elected);
        List<Violation> violations = new ArrayList<>();
        if (named.size() != elected.size()) {
            violations.add(new Violation("elected", "a registration is named twice"));
        }
        if (named.size() > contest.seats) {
            violations.add(new Violation("elected", contest.code + " has " + contest.seats + " seat(s); " + named.size()
                    + " are named"));
        }
        Set<UUID> registered = registeredIn(contest);
        named.stream().filter(id -> !registered.contains(id)).forEach(id -> violations.add(
                new Violation("elected", id + " is not a registered candidate of " + contest.code)));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("The elected cannot hold mandates in " + contest.code, violations);
        }
        Optional<Vacancy> fills = Vacancy.findForByElection(contest.election.id)
                .filter(v -> v.status == Vacancy.Status.BY_ELECTION_CALLED);
        List<Mandate> changed = new ArrayList<>();
        for (Mandate mandate : Mandate.findHistoryOf(contest)) {
            if (mandate.origin == Mandate.Origin.ELECTED && mandate.status == Mandate.Status.CURRENT
                    && !named.contains(mandate.nomination.id)) {
                mandate.status = Mandate.Status.WITHDRAWN;
                changed.add(mandate);
                audit.record(actor, "mandate", mandate.id, "mandate.withdrawn", null,
                        Map.of("contest", contest.code, "nomination", mandate.nomination.id, "resultVersion",
                                String.valueOf(resultVersion)));
            }
        }
        for (UUID id : named) {
            Optional<Mandate> existing = Mandate.findIn(contest, id);
            if (existing.isPresent()) {
                Mandate mandate = existing.get();
                if (mandate.status == Mandate.Status.WITHDRAWN) {
                    mandate.status = Mandate.Status.CURRENT;
                    changed.add(mandate);
                    audit.record(actor, "mandate", mandate.id, "mandate.reinstated", null, MandateApi.view(mandate));
                }
                continue;
            }
            Mandate mandate = create(contest, Nomination.findById(id), Mandate.Origin.ELECTED, electedOn, actor);
            fills.ifPresent(vacancy -> {
                mandate.fillsVacancy = vacancy.id;
                mandate.plannedEnd = vacancy.mandate.plannedEnd;
                fill(vacancy, mandate, actor);
            });
            changed.add(mandate);
            audit.record(actor, "mandate", mandate.id, "mandate.created", null,
                    Map.of("mandate", MandateApi.view(mandate), "resultVersion", String.valueOf(resultVersion)));
        }
        entityManager.flush();
        changed.forEach(m -> LOG.infof("mandate %s %s in %s (nomination %s)", m.id, m.status, contest.code, m.nomination.id));
        return currentIn(contest);
    }

    /** A new current mandate of {@code nomination} in {@code contest} from {@code termStart}, for the body's term. */
    Mandate create(Contest contest, Nomination nomination, Mandate.Origin origin, LocalDate termStart, String actor) {
        Mandate mandate = new Mandate();
        mandate.id = UUID.randomUUID();
        mandate.election = contest.election;
        mandate.contest = contest;
        mandate.nomination = nomination;
        mandate.body = contest.body();
        mandate.route = nomination.route;
        mandate.partyId = nomination.partyId;
        mandate.origin = origin;
        mandate.termStart = termStart;
        mandate.plannedEnd = MandateTerm.plannedEnd(contest.body(), termStart, config.years());
        mandate.status = Mandate.Status.CURRENT;
        mandate.createdAt = OffsetDateTime.now(clock);
        mandate.createdBy = actor;
        mandate.persist();
        return mandate;
    }

    /** Marks a vacancy filled by {@code mandate}. */
    void fill(Vacancy vacancy, Mandate mandate, String actor) {
        vacancy.status = Vacancy.Status.FILLED;
        vacancy.filledBy = mandate.id;
        vacancy.closedAt = OffsetDateTime.now(clock);
        vacancy.closedBy = actor;
        audit.record(actor, "vacancy", vacancy.id, "vacancy.filled", null, Map.of("mandate", mandate.id));
    }

    /**
     * Ends a current mandate early, on the commission's decision, and opens the vacancy: a list seat for the party to
     * refill (with its last day to name a successor), or a district or akim seat for a by-election.
     */
    @Transactional
    public Vacancy end(UUID mandateId, MandateTerm.EndGround ground, LocalDate endedOn, String decision,
            Predicate<String> mayActIn, String actor) {
        Mandate mandate = entityManager.find(Mandate.class, mandateId, LockModeType.PESSIMISTIC_WRITE);
        if (mandate == null) {
            throw ProblemException.notFound("Mandate", mandateId);
        }
        if (!mayActIn.test(territoryOf(mandate.contest))) {
            throw ProblemException.forbidden("A commission acts only inside its territory; the mandate's seat "
                    + mandate.contest.code + " is in " + Optional.ofNullable(territoryOf(mandate.contest)).orElse("KZ"));
        }
        if (mandate.status != Mandate.Status.CURRENT) {
            throw ProblemException.illegalTransition("Mandate", mandate.status, "end");
        }
        String refusal = MandateTerm.endRefusal(mandate.termStart, mandate.plannedEnd, endedOn);
        if (refusal != null) {
            throw ProblemException.invalid("endedOn", refusal);
        }
        MandateApi.MandateView before = MandateApi.view(mandate);
        mandate.status = Mandate.Status.ENDED;
        mandate.endedOn = endedOn;
        mandate.endGround = ground;
        mandate.endDecision = decision.strip();
        mandate.endedAt = OffsetDateTime.now(clock);
        mandate.endedBy = actor;

        Vacancy vacancy = new Vacancy();
        vacancy.id = UUID.randomUUID();
        vacancy.mandate = mandate;
        vacancy.contest = mandate.contest;
        vacancy.openedOn = endedOn;
        vacancy.status = Vacancy.Status.OPEN;
        if (mandate.contest.kind == ContestKind.PARTY_LIST) {
            vacancy.kind = Vacancy.Kind.LIST_SEAT;
            vacancy.partyId = mandate.partyId;
            vacancy.namingLastDay = ListVacancyRules.namingLastDay(endedOn, config.successorDays(mandate.body));
        } else {
            vacancy.kind = Vacancy.Kind.SINGLE_SEAT;
        }
        vacancy.persist();
        entityManager.flush();
        audit.record(actor, "mandate", mandate.id, "mandate.ended", before, MandateApi.view(mandate));
        audit.record(actor, "vacancy", vacancy.id, "vacancy.opened", null, MandateApi.view(vacancy));
        LOG.infof("mandate %s ended (%s) in %s; vacancy %s", mandate.id, ground, mandate.contest.code, vacancy.id);
        return vacancy;
    }

    /** The registrations that may hold a mandate of the contest: its registered candidates, or its registered lists'. */
    Set<UUID> registeredIn(Contest contest) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (contest.kind == ContestKind.PARTY_LIST) {
            PartyList.findRegisteredFor(contest).forEach(list -> list.candidates().stream()
                    .filter(n -> n.status == NominationStatus.REGISTERED).forEach(n -> ids.add(n.id)));
        } else {
            Nomination.findRegisteredFor(contest).forEach(n -> ids.add(n.id));
        }
        return ids;
    }
}
