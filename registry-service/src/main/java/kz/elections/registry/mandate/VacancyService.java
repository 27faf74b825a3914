package kz.elections.registry.mandate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import kz.elections.common.Problem;
import kz.elections.common.ProblemException;
import kz.elections.common.Roles;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.allocation.ListRuleSet;
import kz.elections.law.election.Body;
import kz.elections.law.election.ContestKind;
import kz.elections.law.election.MaslikhatLevel;
import kz.elections.law.mandate.ListSeatRules.ListCandidate;
import kz.elections.law.vacancy.ByElectionDates;
import kz.elections.law.vacancy.ListVacancyRules;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.election.ElectionApi;
import kz.elections.registry.election.ElectionService;
import kz.elections.registry.mandate.MandateApi.ByElectionRequest;
import kz.elections.registry.nomination.Nomination;
import kz.elections.registry.nomination.NominationStatus;
import kz.elections.registry.nomination.PartyList;

/**
 * Fills vacancies: a list seat from the party's registered list (the party names within its days, then the commission
 * assigns), a district or akim seat by a by-election called on a day the law allows.
 */
@ApplicationScoped
public class VacancyService {

    private static final Logger LOG = Logger.getLogger(VacancyService.class);

    @Inject
    MandateService mandates;

    @Inject
    ElectionService elections;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The party's agent names the next of its list, on or before the last day of its period. */
    @Transactional
    public Vacancy nameSuccessor(UUID vacancyId, UUID nominationId, Optional<UUID> agentParty, String actor) {
        Vacancy vacancy = openListSeat(vacancyId);
        if (agentParty.filter(vacancy.partyId::equals).isEmpty()) {
            throw ProblemException.forbidden("A party agent names successors on its own party's list only");
        }
        LocalDate today = today(vacancy);
        if (!ListVacancyRules.partyMayName(vacancy.namingLastDay, today)) {
            throw ProblemException.conflict("naming-period-over", "The party's time to name a successor is over",
                    "The party could name the next of its list until " + vacancy.namingLastDay + " (policy: as many days as "
                            + "for naming its elected, CL Art. 97-1 p.6); the commission now assigns the seat in Kazakh "
                            + "alphabetical order of the remaining list",
                    Map.of("namingLastDay", vacancy.namingLastDay.toString()));
        }
        List<ListCandidate> remaining = remaining(vacancy);
        List<String> problems = ListVacancyRules.checkSuccessor(nominationId, remaining, sitting(vacancy),
                quotaPercent(vacancy));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The successor does not meet the law",
                    problems.stream().map(p -> new Violation("nominationId", p)).toList());
        }
        return fillFromList(vacancy, Nomination.findById(nominationId), "vacancy.successor-named-by-party", actor);
    }

    /**
     * The commission assigns the seat once the party's days are over: the first of the remaining list in Kazakh
     * alphabetical order (a quota candidate first while the quota needs one); an exhausted list leaves it vacant.
     */
    @Transactional
    public Vacancy assignByListOrder(UUID vacancyId, Predicate<String> mayActIn, String actor) {
        Vacancy vacancy = openListSeat(vacancyId);
        requireTerritory(vacancy, mayActIn);
        if (ListVacancyRules.partyMayName(vacancy.namingLastDay, today(vacancy))) {
            throw ProblemException.conflict("naming-period-running", "The party's time to name a successor is running",
                    "The party may name the next of its list until " + vacancy.namingLastDay
                            + "; the commission assigns the seat only after that",
                    Map.of("namingLastDay", vacancy.namingLastDay.toString()));
        }
        Optional<ListCandidate> next = ListVacancyRules.commissionSuccessor(remaining(vacancy), sitting(vacancy),
                quotaPercent(vacancy));
        if (next.isEmpty()) {
            vacancy.status = Vacancy.Status.LIST_EXHAUSTED;
            vacancy.closedAt = OffsetDateTime.now(clock);
            vacancy.closedBy = actor;
            audit.record(actor, "vacancy", vacancy.id, "vacancy.list-exhausted", null, MandateApi.view(vacancy));
            LOG.infof("vacancy %s: list exhausted, vacant until the next election", vacancy.id);
            return vacancy;
        }
        return fillFromList(vacancy, Nomination.findById(next.get().id()), "vacancy.successor-assigned-by-list-order", actor);
    }

    /** The Central Election Commission records its consent to a by-election on a day other than the law's. */
    @Transactional
    public Vacancy recordConsent(UUID vacancyId, LocalDate day, String reference, boolean central, String actor) {
        if (!central) {
            throw ProblemException.forbidden("Only the Central Election Commission consents to a by-election on another day");
        }
        Vacancy vacancy = openSingleSeat(vacancyId);
        Object before = MandateApi.view(vacancy);
        vacancy.consentDay = day;
        vacancy.consentReference = reference.strip();
        vacancy.consentBy = actor;
        audit.record(actor, "vacancy", vacancy.id, "vacancy.by-election-day-consented", before, MandateApi.view(vacancy));
        return vacancy;
    }

    /**
     * Calls the by-election of a district or akim seat: an election of the body's kind with its calendar and the one
     * contest, linked to the vacancy. Refused on a day the law does not allow, saying why.
     */
    @Transactional
    public Election callByElection(UUID vacancyId, ByElectionRequest request, Predicate<String> mayActIn, String actor) {
        Vacancy vacancy = openSingleSeat(vacancyId);
        requireTerritory(vacancy, mayActIn);
        boolean consent = request.electionDay().equals(vacancy.consentDay);
        ByElectionDates.refusal(request.electionDay(), consent, vacancy.mandate.plannedEnd).ifPresent(why -> {
            throw new ProblemException(Problem.of(422, "by-election-date", "No by-election on this day", "electionDay: " + why)
                    .withViolations(List.of(new Violation("electionDay", why)))
                    .withExtensions(Map.of("termEnds", vacancy.mandate.plannedEnd.toString(), "nextLawDay",
                            ByElectionDates.nextLawDay(request.calledOn()).toString())));
        });
        Contest seat = vacancy.contest;
        Election original = seat.election;
        Body body = seat.body();
        String code = request.code() != null ? request.code()
                : seat.code.replace('.', '-') + "-by-" + request.electionDay();
        ElectionApi.ElectionRequest election = new ElectionApi.ElectionRequest(body.electionKind(), code,
                request.name() != null ? request.name() : "By-election: " + seat.code, request.electionDay(),
                request.calledOn(), original.timeZone, original.territory, MaslikhatLevel.of(body), null,
                request.calendar(), null);
        Election byElection = elections.createForOneSeat(election, mayActIn, actor);
        Contest contest = elections.addContest(byElection, new ElectionApi.ContestRequest(seat.kind, seat.unitCode,
                seat.districtNumber, seat.name, null, null, seat.voters, seat.settlements), mayActIn, actor);
        Object before = MandateApi.view(vacancy);
        vacancy.status = Vacancy.Status.BY_ELECTION_CALLED;
        vacancy.byElectionId = byElection.id;
        audit.record(actor, "vacancy", vacancy.id, "vacancy.by-election-called", before,
                Map.of("vacancy", MandateApi.view(vacancy), "election", byElection.code, "contest", contest.code,
                        "centralConsent", consent ? vacancy.consentReference : "none needed"));
        LOG.infof("vacancy %s: by-election %s called for %s", vacancy.id, byElection.code, request.electionDay());
        return byElection;
    }

    private Vacancy fillFromList(Vacancy vacancy, Nomination successor, String action, String actor) {
        Mandate mandate = mandates.create(vacancy.contest, successor, Mandate.Origin.LIST_SUCCESSOR, today(vacancy), actor);
        mandate.fillsVacancy = vacancy.id;
        mandate.plannedEnd = vacancy.mandate.plannedEnd;
        audit.record(actor, "mandate", mandate.id, "mandate.created", null, MandateApi.view(mandate));
        mandates.fill(vacancy, mandate, actor);
        audit.record(actor, "vacancy", vacancy.id, action, null, Map.of("successor", successor.id, "mandate", mandate.id));
        entityManager.flush();
        LOG.infof("vacancy %s filled by mandate %s", vacancy.id, mandate.id);
        return vacancy;
    }

    /** The list's registered candidates who hold no seat of the contest and never held one. */
    private static List<ListCandidate> remaining(Vacancy vacancy) {
        Set<UUID> served = Mandate.findHistoryOf(vacancy.contest).stream()
                .filter(m -> m.status != Mandate.Status.WITHDRAWN).map(m -> m.nomination.id).collect(Collectors.toSet());
        return PartyList.findRegisteredFor(vacancy.contest).stream().filter(list -> list.partyId.equals(vacancy.partyId))
                .flatMap(list -> list.candidates().stream())
                .filter(n -> n.status == NominationStatus.REGISTERED && !served.contains(n.id))
                .map(VacancyService::listCandidate).toList();
    }

    /** The party's other seats of the contest held now. */
    private static List<ListCandidate> sitting(Vacancy vacancy) {
        return Mandate.findCurrentIn(vacancy.contest).stream().filter(m -> vacancy.partyId.equals(m.partyId))
                .map(m -> listCandidate(m.nomination)).toList();
    }

    private static ListCandidate listCandidate(Nomination n) {
        return new ListCandidate(n.id, n.surnameKk, n.nameKk, n.patronymicKk, n.listPosition == null ? 0 : n.listPosition,
                n.quotaCategory);
    }

    private static int quotaPercent(Vacancy vacancy) {
        return vacancy.contest.body() == Body.MAZHILIS ? ListRuleSet.MAZHILIS.seatQuotaPercent()
                : ListRuleSet.MASLIKHAT.seatQuotaPercent();
    }

    private LocalDate today(Vacancy vacancy) {
        return LocalDate.now(clock.withZone(vacancy.contest.election.zone()));
    }

    private static void requireTerritory(Vacancy vacancy, Predicate<String> mayActIn) {
        String territory = MandateService.territoryOf(vacancy.contest);
        if (!mayActIn.test(territory)) {
            throw ProblemException.forbidden("A commission acts only inside its territory; the seat " + vacancy.contest.code
                    + " is in " + (territory == null ? Roles.CENTRAL_TERRITORY : territory));
        }
    }

    private Vacancy locked(UUID id) {
        Vacancy vacancy = entityManager.find(Vacancy.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (vacancy == null) {
            throw ProblemException.notFound("Vacancy", id);
        }
        if (vacancy.status != Vacancy.Status.OPEN) {
            throw ProblemException.illegalTransition("Vacancy", vacancy.status, "fill");
        }
        return vacancy;
    }

    private Vacancy openListSeat(UUID id) {
        Vacancy vacancy = locked(id);
        if (vacancy.kind != Vacancy.Kind.LIST_SEAT) {
            throw ProblemException.conflict("not-a-list-seat", "Not a list seat", "A district or akim seat is filled by a "
                    + "by-election, not from a list", Map.of());
        }
        return vacancy;
    }

    private Vacancy openSingleSeat(UUID id) {
        Vacancy vacancy = locked(id);
        if (vacancy.kind != Vacancy.Kind.SINGLE_SEAT || vacancy.contest.kind == ContestKind.PARTY_LIST) {
            throw ProblemException.conflict("not-a-district-seat", "Not a district or akim seat",
                    "A list seat is filled from the party's list (CL Art. 97-1 p.6), not by a by-election", Map.of());
        }
        return vacancy;
    }
}
