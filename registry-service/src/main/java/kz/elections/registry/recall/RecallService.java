package kz.elections.registry.recall;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import kz.elections.common.ProblemException;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.election.ContestKind;
import kz.elections.law.mandate.MandateTerm;
import kz.elections.law.recall.RecallRules;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.ContestResource;
import kz.elections.registry.election.Election;
import kz.elections.registry.mandate.Mandate;
import kz.elections.registry.mandate.MandateService;
import kz.elections.registry.recall.RecallPetition.Status;

/**
 * A recall from application to outcome (CL chapter 13-2). The law decides every date and count ({@link RecallRules});
 * this class keeps the state machine, the territory of each act and the audit trail. The district's voters come from
 * ballot-service's precinct registers, which the registry never calls (calls go ballot → registry): the commission
 * records the figure it read there with its check.
 */
@ApplicationScoped
public class RecallService {

    private static final Logger LOG = Logger.getLogger(RecallService.class);

    @Inject
    RecallConfig config;

    @Inject
    RecallSignatures signatures;

    @Inject
    MandateService mandates;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }

    /** A voter of the district applies (Art. 113-12 p.1); the law's refusals are the commission's to state. */
    @Transactional
    public RecallPetition apply(RecallApi.ApplicationRequest request, String applicant) {
        Contest district = ContestResource.find(request.district());
        if (district.kind != ContestKind.SINGLE_MANDATE) {
            throw ProblemException.invalid("district", district.code + " is a " + district.kind + " contest: only a "
                    + "single-mandate deputy is recalled (CL Art. 113-12)");
        }
        Mandate mandate = mandates.currentHolder(district).orElseThrow(() -> ProblemException.conflict("no-current-deputy",
                "No current deputy", "District " + district.code + " has no deputy holding a mandate now",
                Map.of("district", district.code)));
        if (RecallPetition.openFor(mandate.id)) {
            throw ProblemException.conflict("recall-under-way", "A recall is under way",
                    "A recall of this deputy is already under way; follow it at GET /api/v1/recalls?district=" + district.code,
                    Map.of("mandate", mandate.id));
        }
        RecallPetition petition = new RecallPetition();
        petition.id = UUID.randomUUID();
        petition.mandateId = mandate.id;
        petition.deputyNominationId = mandate.nomination.id;
        petition.deputyNameKk = fullName(mandate.nomination.surnameKk, mandate.nomination.nameKk, mandate.nomination.patronymicKk);
        petition.deputyNameRu = fullName(mandate.nomination.surnameRu, mandate.nomination.nameRu, mandate.nomination.patronymicRu);
        petition.district = district;
        petition.unitCode = district.unitCode;
        petition.body = mandate.body;
        petition.termStart = mandate.termStart;
        petition.plannedEnd = mandate.plannedEnd;
        petition.ground = request.ground().strip();
        petition.applicant = applicant;
        petition.applicantName = request.applicantName().strip();
        petition.applicantAddress = request.applicantAddress().strip();
        petition.appliedAt = OffsetDateTime.now(clock);
        petition.appliedOn = today();
        petition.status = Status.APPLIED;
        petition.persist();
        entityManager.flush();
        audit.record(applicant, "recall", petition.id, "recall.applied", null, audited(petition));
        LOG.infof("recall %s applied against mandate %s in %s", petition.id, mandate.id, district.code);
        return petition;
    }

    /** The territorial commission admits or refuses the application (Art. 113-12 p.1, p.2). */
    @Transactional
    public RecallPetition decide(UUID id, RecallApi.DecisionRequest request, Predicate<String> mayActIn, String actor) {
        RecallPetition petition = locked(id, mayActIn);
        if (petition.status != Status.APPLIED) {
            throw ProblemException.illegalTransition("Recall petition " + id, petition.status, "a decision");
        }
        Object before = audited(petition);
        LocalDate today = today();
        RecallRules.Terms terms = config.terms();
        if (request.action() == RecallApi.Action.ADMIT) {
            RecallRules.Mandate mandate = new RecallRules.Mandate(petition.body, petition.district.kind,
                    petition.termStart, petition.plannedEnd);
            RecallRules.applicationRefusal(mandate, RecallPetition.lastFailedVote(petition.mandateId).orElse(null),
                    petition.appliedOn, terms).ifPresent(refusal -> {
                        throw ProblemException.unprocessable("recall-not-admissible", "The law forbids this recall now",
                                refusal.rule() + "; refuse the application with these grounds",
                                refusal.admissibleFrom() == null ? Map.of("ground", refusal.ground().name())
                                        : Map.of("ground", refusal.ground().name(), "admissibleFrom",
                                                refusal.admissibleFrom().toString()));
                    });
            petition.status = Status.COLLECTING;
            petition.collectionEndsOn = RecallRules.collectionLastDay(today, terms);
        } else {
            if (request.grounds() == null || request.grounds().isBlank()) {
                throw ProblemException.invalid("grounds", "a refusal states its grounds (it can be appealed in court "
                        + "within 10 days)");
            }
            petition.status = Status.REFUSED;
            petition.refusal = request.grounds().strip();
        }
        petition.decidedOn = today;
        petition.decidedAt = OffsetDateTime.now(clock);
        petition.decidedBy = actor;
        petition.decidedLate = !RecallRules.decidedInTime(petition.appliedOn, today, terms);
        entityManager.flush();
        audit.record(actor, "recall", petition.id, "recall." + (petition.status == Status.REFUSED ? "refused" : "admitted"),
                before, audited(petition));
        LOG.infof("recall %s %s", petition.id, petition.status);
        return petition;
    }

    /**
     * Signature sheets keyed in by the applicant (the initiative group) or the territory's commission staff, until the
     * end of the collection's last day (Art. 113-13 p.1).
     */
    public RecallApi.SignatureReceipt enterSignatures(UUID id, RecallApi.SignatureBatch batch, boolean commission,
            Predicate<String> mayActIn, String actor) {
        return signatures.enter(id, batch, petition -> {
            if (commission ? !mayActIn.test(petition.unitCode) : !petition.applicant.equals(actor)) {
                throw ProblemException.forbidden(commission ? "A commission acts only inside its territory; this district "
                        + "is in " + petition.unitCode : "Only the applicant's initiative group or commission staff enter "
                        + "the signatures of a petition");
            }
            if (petition.status != Status.COLLECTING) {
                throw ProblemException.illegalTransition("Recall petition " + id, petition.status, "entering signatures");
            }
            ZonedDateTime closes = petition.collectionEndsOn.plusDays(1).atStartOfDay(config.timeZone());
            if (!OffsetDateTime.now(clock).isBefore(closes.toOffsetDateTime())) {
                throw ProblemException.conflict("collection-closed", "The signature collection is over",
                        "Signatures are collected within " + config.collectionDays() + " days of the decision of "
                                + petition.decidedOn + "; the last day was " + petition.collectionEndsOn
                                + " (CL Art. 113-13 p.1)", Map.of("collectionEndsOn", petition.collectionEndsOn.toString()));
            }
            return petition.decidedOn;
        }, today(), config.terms(), actor);
    }

    /**
     * The commission's check, once the collection is over: more than 10 % of the district's voters, as ballot-service's
     * precinct registers count them, calls the recall vote (Art. 113-13, 113-14); fewer ends the petition.
     */
    @Transactional
    public RecallPetition check(UUID id, RecallApi.CheckRequest request, Predicate<String> mayActIn, String actor) {
        RecallPetition petition = locked(id, mayActIn);
        if (petition.status != Status.COLLECTING) {
            throw ProblemException.illegalTransition("Recall petition " + id, petition.status, "the signature check");
        }
        LocalDate today = today();
        if (!today.isAfter(petition.collectionEndsOn)) {
            throw ProblemException.conflict("collection-open", "The signature collection is not over",
                    "Signatures are checked after the collection's last day, " + petition.collectionEndsOn,
                    Map.of("collectionEndsOn", petition.collectionEndsOn.toString()));
        }
        RecallRules.Terms terms = config.terms();
        boolean enough = RecallRules.enoughSignatures(signatures.count(id), request.districtVoters(), terms);
        if (enough) {
            RecallRules.voteDayRefusal(today, request.voteDay(), terms).ifPresent(refusal -> {
                throw ProblemException.invalid("voteDay", refusal);
            });
        }
        Object before = audited(petition);
        petition.districtVoters = request.districtVoters();
        petition.votersSource = request.votersSource().strip();
        petition.validSignatures = signatures.count(id);
        petition.requiredSignatures = RecallRules.requiredSignatures(request.districtVoters(), terms);
        petition.checkedAt = OffsetDateTime.now(clock);
        petition.checkedBy = actor;
        if (enough) {
            petition.status = Status.VOTE_CALLED;
            petition.calledOn = today;
            petition.voteDay = request.voteDay();
            petition.recallContest = recallContest(petition, actor);
        } else {
            petition.status = Status.INSUFFICIENT;
        }
        entityManager.flush();
        audit.record(actor, "recall", petition.id, "recall.checked", before, audited(petition));
        LOG.infof("recall %s checked: %d of %d voters, %s", petition.id, petition.validSignatures, petition.districtVoters,
                petition.status);
        return petition;
    }

    /**
     * The certified outcome, from results-service: a recall ends the mandate and opens the vacancy for a by-election; an
     * invalid or failed vote blocks a new application for a year. The same outcome again changes nothing.
     */
    @Transactional
    public RecallPetition recordOutcome(RecallApi.OutcomeRequest request, String actor) {
        Contest contest = ContestResource.find(request.contest());
        RecallPetition found = RecallPetition.forRecallContest(contest).orElseThrow(
                () -> ProblemException.notFound("Recall vote", request.contest()));
        RecallPetition petition = entityManager.find(RecallPetition.class, found.id, LockModeType.PESSIMISTIC_WRITE);
        Status outcome = Status.valueOf(request.outcome());
        if (petition.status == outcome) {
            return petition;
        }
        if (petition.status != Status.VOTE_CALLED) {
            throw ProblemException.illegalTransition("Recall petition " + petition.id, petition.status,
                    "the outcome " + outcome);
        }
        Object before = audited(petition);
        petition.status = outcome;
        petition.outcomeRule = request.rule();
        petition.resultVersion = request.resultVersion();
        petition.outcomeAt = OffsetDateTime.now(clock);
        if (outcome == Status.RECALLED) {
            // The mandate ends the day the certified result reaches the registry.
            mandates.end(petition.mandateId, MandateTerm.EndGround.RECALL, today(),
                    "recalled by the vote of " + petition.voteDay + " (" + contest.code + ", result version "
                            + request.resultVersion() + ")", territory -> true, actor);
        }
        entityManager.flush();
        audit.record(actor, "recall", petition.id, "recall.outcome", before, audited(petition));
        LOG.infof("recall %s: %s", petition.id, outcome);
        return petition;
    }

    /** The recall vote: an election of the deputy's body in the district's unit, with one RECALL contest. */
    private Contest recallContest(RecallPetition petition, String actor) {
        Election original = petition.district.election;
        Election election = new Election();
        election.id = UUID.randomUUID();
        String day = petition.voteDay.toString().replace("-", "");
        String code = "recall-" + petition.district.code.replace('.', '-') + "-" + day;
        election.code = code.length() <= 60 ? code : "recall-" + petition.id.toString().substring(0, 8) + "-" + day;
        election.kind = original.kind;
        election.body = original.body;
        election.name = "Recall vote: " + petition.deputyNameKk + " (" + petition.district.code + ")";
        election.territory = petition.unitCode;
        election.electionDay = petition.voteDay;
        election.timeZone = original.timeZone;
        election.calledOn = petition.calledOn;
        // Nobody is nominated for a recall vote: its windows are closed from its calling.
        OffsetDateTime called = petition.calledOn.atStartOfDay(election.zone()).toOffsetDateTime();
        election.nominationOpens = called;
        election.nominationCloses = called;
        election.registrationCloses = called;
        election.appealDays = 0;
        election.calendarSource = Election.CalendarSource.CALLING_DECISION;
        election.previousShares = new LinkedHashMap<>();
        election.createdAt = OffsetDateTime.now(clock);
        election.createdBy = actor;
        election.persist();
        Contest contest = new Contest();
        contest.id = UUID.randomUUID();
        contest.code = election.code + ".recall";
        contest.election = election;
        contest.kind = ContestKind.RECALL;
        contest.unitCode = petition.unitCode;
        contest.districtNumber = petition.district.districtNumber;
        contest.seats = 1;
        contest.persist();
        entityManager.flush();
        audit.record(actor, "election", election.id, "election.created", null,
                Map.of("election", election.code, "recallOf", petition.mandateId, "contests", List.of(contest.code)));
        return contest;
    }

    private RecallPetition locked(UUID id, Predicate<String> mayActIn) {
        RecallPetition petition = entityManager.find(RecallPetition.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (petition == null) {
            throw ProblemException.notFound("Recall petition", id);
        }
        if (!mayActIn.test(petition.unitCode)) {
            throw ProblemException.forbidden("A commission acts only inside its territory; this district is in "
                    + petition.unitCode);
        }
        return petition;
    }

    /** The petition in the audit trail: its public view, and the applicant for the commission (withheld from observers). */
    private Map<String, Object> audited(RecallPetition petition) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("petition", RecallResource.view(petition, RecallSignatures.NOT_COUNTED, config.decisionDays()));
        state.put("applicant", RecallResource.applicant(petition));
        return state;
    }

    public static String fullName(String surname, String name, String patronymic) {
        return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
    }
}
