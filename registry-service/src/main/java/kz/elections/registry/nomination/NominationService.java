package kz.elections.registry.nomination;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.elections.common.audit.AuditLog;
import kz.elections.common.idempotency.IdempotentRequest;
import kz.elections.registry.common.IinHasher;
import kz.elections.common.ProblemException;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.nomination.NominationApi.Person;
import kz.elections.registry.party.Party;
import kz.elections.registry.party.PartyMembers;
import kz.elections.registry.party.PartyStatus;
import kz.elections.law.calendar.ElectionCalendar;
import kz.elections.law.election.ContestKind;
import kz.elections.law.identity.IdentificationNumbers;
import kz.elections.law.nomination.NominationRules;
import kz.elections.law.nomination.Route;

/**
 * Candidates' nominations: the pre-check, filing, the commission's decisions, deposits and withdrawal. Party lists
 * are {@link PartyListService}, bulk imports {@link NominationImportService}. Who may do what is decided by the
 * resources; every decision of the law is the law's ({@link NominationRules}, {@link ElectionCalendar}); every
 * change here is one audited transaction.
 */
@ApplicationScoped
public class NominationService {

    static final String NOMINATION = "nomination";

    @Inject
    NominationConfig config;

    @Inject
    IinHasher iinHasher;

    @Inject
    PartyMembers partyMembers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What the resource established about the filer: who, and the request's Idempotency-Key if it sent one. */
    public record Filer(String subject, Optional<IdempotentRequest> idempotencyKey) {
    }

    /** A nomination as filed, with the pre-check it passed. */
    public record Filed(Nomination nomination, NominationRules.Report report) {
    }

    /** A nomination as filed, with its view (pre-check report included) in JSON: what its audit record holds. */
    public record Submitted(Nomination nomination, String view) {
    }

    @Transactional
    public Submitted submit(Contest contest, NominationApi.NominationRequest request, Filer filer) {
        Filed filed = file(contest, request, filer, now());
        filed.nomination().persistAndFlush();
        // Written by SQL at once, not as an entity flushed at commit: the hot path of filing (AuditLog#insert).
        String view = audit.insert(filer.subject(), NOMINATION, filed.nomination().id, "nomination.submitted", null,
                view(filed.nomination(), filed.report()));
        kz.elections.common.metrics.BusinessMetrics.count("tizim.nominations.filed", "election", contest.election.code, "route", request.route().name());
        return new Submitted(filed.nomination(), view);
    }

    /** Builds the nomination as filed at {@code filedAt} and runs its pre-check; any FAIL is a 422 and nothing is kept. */
    private Filed file(Contest contest, NominationApi.NominationRequest request, Filer filer, OffsetDateTime filedAt) {
        if (contest.isRepeatVote()) {
            throw ProblemException.conflict("repeat-vote", "A repeat vote takes no nominations", contest.code
                    + " is a repeat vote among the candidates tied for first place (CL Art. 95 p.3): their registrations "
                    + "are reused and nobody else is nominated", Map.of());
        }
        Person person = request.person();
        requireValidIin(person.iin(), "person.iin");
        if (request.route() == Route.PARTY) {
            requireNominatingParty(request.partyId());
        }
        byte[] hash = iinHasher.hash(person.iin());
        Nomination nomination = newNomination(contest, request.route(), request.partyId(), request.associationName(),
                person, hash, filer, filedAt);
        nomination.signatures = request.signatures();
        nomination.signatureSettlements = request.signatureSettlements();
        NominationRules.Report report = precheck(nomination);
        if (!report.failures().isEmpty()) {
            throw ProblemException.unprocessable("nomination-precheck-failed", "Nomination does not meet the law",
                    "The nomination fails " + report.failures().size() + " rule(s): "
                            + report.failures().stream().map(NominationRules.Check::rule).toList(),
                    Map.of("failedRules", report.failures(), "rules", report.rules()));
        }
        return new Filed(nomination, report);
    }

    /**
     * When a commission registered a candidate or list before this system kept the election (the 2023 Mazhilis
     * election of the demo data, or an archive brought in later): filed and registered at these past times.
     */
    public record Recorded(OffsetDateTime filedAt, OffsetDateTime registeredAt) {
    }

    /**
     * Records a registration the commission decided before this system kept the election: the nomination goes
     * through the same pre-check as a live filing, judged at its historic filing time (so the nomination window
     * applies to {@code filedAt}, not to today), with its deposit recorded as paid, and is REGISTERED at
     * {@code registeredAt} by {@code actor}. Only once the election's registration has closed: until then the
     * live path applies. One audit record says who recorded it and when it was filed and decided.
     */
    @Transactional
    public Nomination recordRegistration(NominationApi.NominationRequest request, String filedBy, Recorded when,
            String actor) {
        Contest contest = recordableContest(request.contest(), false, when);
        if (request.route() == Route.PARTY && request.partyId() == null) {
            throw ProblemException.invalid("partyId", "is required for a party nomination");
        }
        boolean association = request.route() == Route.PUBLIC_ASSOCIATION;
        if (association && (request.associationName() == null || request.associationName().isBlank())) {
            throw ProblemException.invalid("associationName", "is required for a public association's nomination");
        }
        Filed filed = file(contest, request, new Filer(filedBy, Optional.empty()), when.filedAt());
        Nomination n = filed.nomination();
        if (n.depositDue > 0) {
            n.depositPaid = n.depositDue;
            n.depositPaidAt = when.filedAt();
        }
        NominationRules.Report report = precheck(n);
        if (!report.registrable()) {
            throw notRegistrable(report.rules());
        }
        n.status = NominationStatus.REGISTERED;
        n.decidedAt = when.registeredAt();
        n.decidedBy = actor;
        n.persistAndFlush();
        audit.record(actor, NOMINATION, n.id, "nomination.registration-recorded", null, view(n, report));
        return n;
    }

    /**
     * The contest of a recorded registration, which is of the past: registration has closed, and it was decided
     * after filing and in time. A party-list contest takes whole lists, the others single nominations.
     */
    Contest recordableContest(String code, boolean list, Recorded when) {
        Contest contest = Contest.findByIdOrCode(code).orElseThrow(() -> ProblemException.notFound("Contest", code));
        if ((contest.kind == ContestKind.PARTY_LIST) != list) {
            throw ProblemException.invalid("contest", contest.code + (list ? " is not a party-list contest"
                    : " is a party-list contest: record the whole list"));
        }
        Election election = contest.election;
        ElectionCalendar calendar = election.calendar();
        if (calendar.registrationOpenAt(now())) {
            throw ProblemException.conflict("registration-still-open", "Registration still open",
                    "Registration for " + election.code + " closes at " + election.registrationCloses
                            + "; until then candidates are filed and registered through the live path", Map.of());
        }
        if (when.registeredAt().isBefore(when.filedAt()) || !calendar.registrationOpenAt(when.registeredAt())) {
            throw ProblemException.invalid("registeredAt", "must lie between the filing time " + when.filedAt()
                    + " and the close of registration " + election.registrationCloses);
        }
        return contest;
    }

    Nomination newNomination(Contest contest, Route route, UUID partyId, String associationName, Person person,
            byte[] hash, Filer filer, OffsetDateTime filedAt) {
        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.election = contest.election;
        n.contest = contest;
        n.route = route;
        n.partyId = route == Route.PARTY ? partyId : null;
        n.associationName = route == Route.PUBLIC_ASSOCIATION ? associationName.strip() : null;
        n.status = NominationStatus.PENDING;
        n.iinHash = hash;
        n.iinMasked = IdentificationNumbers.mask(person.iin());
        n.surnameKk = person.surnameKk().strip();
        n.nameKk = person.nameKk().strip();
        n.patronymicKk = blankToNull(person.patronymicKk());
        n.surnameRu = person.surnameRu().strip();
        n.nameRu = person.nameRu().strip();
        n.patronymicRu = blankToNull(person.patronymicRu());
        n.birthDate = person.birthDate();
        n.sex = person.sex().name();
        n.residenceYears = person.residenceYears();
        n.quotaCategory = person.quotaCategory();
        n.occupation = person.occupation().strip();
        n.residence = person.residence().strip();
        n.placeOfWork = blankToNull(person.placeOfWork());
        n.education = person.education().strip();
        n.noCriminalRecord = person.noCriminalRecord();
        n.legallyCapable = person.legallyCapable();
        if (person.disabilityCertificate() != null) {
            n.disabilityCertificateNumber = person.disabilityCertificate().number().strip();
            n.disabilityCertificateDate = person.disabilityCertificate().issuedOn();
        }
        n.depositDue = depositDue(contest, partyId);
        n.submittedAt = filedAt;
        n.submittedBy = filer.subject();
        n.idempotencyKey = filer.idempotencyKey().map(IdempotentRequest::key).orElse(null);
        n.requestFingerprint = filer.idempotencyKey().map(IdempotentRequest::fingerprint).orElse(null);
        return n;
    }

    /** The pre-check of a nomination as it stands; the nomination window is judged at its filing time. */
    @Transactional
    public NominationRules.Report precheck(Nomination n) {
        Election election = n.election;
        Contest contest = n.contest;
        Party party = n.partyId == null ? null : Party.findById(n.partyId);
        Boolean partyRegistered = n.route == Route.PARTY ? party != null && party.status == PartyStatus.REGISTERED : null;
        Boolean member = n.route == Route.PARTY && party != null ? partyMembers.isMemberOn(party.id, n.iinHash,
                n.submittedAt.atZoneSameInstant(election.zone()).toLocalDate()) : null;
        int nominatorsOthers = contest.kind.singleSeat() ? Nomination.countOtherActiveOfNominator(n) : 0;
        List<NominationRules.OtherNomination> others = Nomination.findActiveForPerson(n.iinHash).stream()
                .filter(other -> !other.id.equals(n.id))
                .filter(other -> n.partyListId == null || !n.partyListId.equals(other.partyListId))
                .map(other -> new NominationRules.OtherNomination(other.contest.code, other.contest.kind,
                        other.election.kind, other.election.electionDay, other.election.id.equals(election.id)))
                .toList();
        NominationRules.Facts facts = new NominationRules.Facts(election.kind, contest.kind, n.route,
                election.electionDay, n.birthDate, n.residenceYears, n.noCriminalRecord, n.legallyCapable,
                n.submittedAt, contest.calendar(), partyRegistered, member,
                nominatorsOthers, others, n.partyListId == null ? n.depositDue : 0, n.depositPaid, contest.voters,
                contest.settlements, n.signatures, n.signatureSettlements);
        return NominationRules.precheck(new NominationRules.Limits(config.minAge(election.kind),
                config.mazhilisResidenceYears(), config.akimSignaturePercent()), facts);
    }

    /**
     * One candidate's deposit. A list candidate's is reduced by the party's share at the previous election of the
     * same body, as recorded on the election ({@code previousShares}: the previous Mazhilis for a Mazhilis election,
     * that maslikhat's previous election for a maslikhat one); others pay in full (CL Art. 88 p.1–3, 5; 104 p.1, 1-1).
     */
    /** The full deposit of a candidate in a contest (self-nominated or nominated outside a list), as filing will set it. */
    public long depositDue(Contest contest) {
        return depositDue(contest, null);
    }

    private long depositDue(Contest contest, UUID partyId) {
        Election election = contest.election;
        int year = election.electionDay.getYear();
        Long wage = config.minimumWage().get(year);
        if (wage == null) {
            throw ProblemException.unprocessable("no-minimum-wage", "Minimum wage not configured",
                    "No minimum wage (tizim.nomination.minimum-wage." + year + ") is configured for " + year
                            + ", so the deposit cannot be computed",
                    Map.of());
        }
        BigDecimal share = partyId == null ? null : election.previousShares.get(partyId.toString());
        return NominationRules.depositDue(wage, config.depositMultiplier(election.kind), contest.kind, share);
    }

    @Transactional
    public Nomination decide(UUID id, NominationStatus.Action action, String grounds, Integer expectedVersion, String actor) {
        Nomination n = lock(id, expectedVersion);
        if (n.partyListId != null) {
            throw ProblemException.conflict("decide-on-list", "Decide on the party list",
                    "Nomination " + id + " is on a party list; the commission decides on the list", Map.of());
        }
        NominationStatus next = n.status.after(action)
                .orElseThrow(() -> ProblemException.illegalTransition("Nomination " + id, n.status, action.name()));
        requireGrounds(action, grounds);
        requireWindow(n.election, action);
        NominationRules.Report report = precheck(n);
        if (action == NominationStatus.Action.REGISTER && !report.registrable()) {
            throw notRegistrable(report.rules());
        }
        Object before = view(n, null);
        apply(n, next, grounds, actor);
        audit.record(actor, NOMINATION, n.id, "nomination." + action.pastTense, before, view(n, report));
        kz.elections.common.metrics.BusinessMetrics.count("tizim.nominations.decided", "election", n.election.code, "decision", action.pastTense);
        return n;
    }

    @Transactional
    public Nomination recordDeposit(UUID id, long amount, String actor) {
        Nomination n = lock(id, null);
        if (n.partyListId != null) {
            throw ProblemException.conflict("deposit-on-list", "Deposit is paid for the list",
                    "Nomination " + id + " is on a party list; record the list's deposit", Map.of());
        }
        if (!n.status.active()) {
            throw ProblemException.illegalTransition("Nomination " + id, n.status, "recording a deposit");
        }
        Object before = view(n, null);
        n.depositPaid = amount;
        n.depositPaidAt = now();
        n.flush();
        audit.record(actor, NOMINATION, n.id, "nomination.deposit-recorded", before, view(n, null));
        return n;
    }

    void apply(Nomination n, NominationStatus next, String grounds, String actor) {
        n.status = next;
        n.decidedAt = now();
        n.decidedBy = actor;
        n.grounds = blankToNull(grounds);
        n.flush();
    }

    static void requireGrounds(NominationStatus.Action action, String grounds) {
        boolean needed = action == NominationStatus.Action.REFUSE || action == NominationStatus.Action.CANCEL;
        if (needed && (grounds == null || grounds.isBlank())) {
            throw ProblemException.invalid("grounds", "must state the grounds of a " + action + " decision");
        }
    }

    /** Register and refuse within the registration window; cancel and withdraw until election day. */
    void requireWindow(Election election, NominationStatus.Action action) {
        OffsetDateTime now = now();
        boolean registration = action == NominationStatus.Action.REGISTER || action == NominationStatus.Action.REFUSE;
        if (registration && !election.calendar().registrationOpenAt(now)) {
            throw ProblemException.conflict("registration-closed", "Registration closed",
                    "Registration for " + election.code + " closed at " + election.registrationCloses, Map.of());
        }
        if (!ElectionCalendar.beforeElectionDay(now, election.electionDay, election.zone())) {
            throw ProblemException.conflict("election-day-reached", "Too late",
                    action + " is no longer possible: election day of " + election.code + " has come", Map.of());
        }
    }

    static ProblemException notRegistrable(List<NominationRules.Check> rules) {
        List<NominationRules.Check> open = rules.stream().filter(r -> r.outcome() != NominationRules.Outcome.PASS).toList();
        return ProblemException.unprocessable("not-registrable", "Cannot register",
                "Registration needs every rule to pass; open: " + open.stream().map(NominationRules.Check::rule).toList(),
                Map.of("failedRules", open));
    }

    Nomination lock(UUID id, Integer expectedVersion) {
        Nomination n = Nomination.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (n == null) {
            throw ProblemException.notFound("Nomination", id);
        }
        if (expectedVersion != null && expectedVersion != n.version) {
            throw ProblemException.preconditionFailed("Nomination " + id + " is at version " + n.version + ", not "
                    + expectedVersion);
        }
        return n;
    }

    @Transactional
    public Nomination withdraw(UUID id, String actor) {
        Nomination n = lock(id, null);
        if (n.partyListId != null) {
            throw ProblemException.conflict("decide-on-list", "Withdraw the party list",
                    "Nomination " + id + " is on a party list; the party withdraws the list", Map.of());
        }
        NominationStatus next = n.status.after(NominationStatus.Action.WITHDRAW)
                .orElseThrow(() -> ProblemException.illegalTransition("Nomination " + id, n.status, "WITHDRAW"));
        requireWindow(n.election, NominationStatus.Action.WITHDRAW);
        Object before = view(n, null);
        apply(n, next, null, actor);
        audit.record(actor, NOMINATION, n.id, "nomination.withdrawn", before, view(n, null));
        return n;
    }

    public NominationApi.NominationView view(Nomination n, NominationRules.Report report) {
        return new NominationApi.NominationView(n.id, n.election.code, n.contest.code, n.route, n.partyId,
                n.associationName, n.partyListId, n.listPosition, n.status,
                new NominationApi.PersonView(n.iinMasked, n.surnameKk, n.nameKk, n.patronymicKk, n.surnameRu, n.nameRu,
                        n.patronymicRu, n.birthDate, n.sex, n.residenceYears, n.quotaCategory, n.occupation,
                        n.residence, n.education, n.disabilityCertificateNumber == null ? null
                                : new NominationApi.DisabilityCertificate(n.disabilityCertificateNumber,
                                        n.disabilityCertificateDate), n.placeOfWork),
                n.signatures, n.depositDue, n.depositPaid, n.submittedAt, n.decidedAt, n.grounds, n.version,
                report == null ? null : report.rules(), n.registeredOnAppeal);
    }

    /**
     * A party that was registered and no longer is (suspended, liquidated, its registration cancelled) nominates nobody:
     * 409 naming its state. An unknown or never-registered party fails the pre-check's PARTY_REGISTERED rule instead.
     */
    static void requireNominatingParty(UUID partyId) {
        Party party = partyId == null ? null : Party.findById(partyId);
        if (party != null && party.status.wasRegistered() && party.status != PartyStatus.REGISTERED) {
            throw ProblemException.conflict("party-not-registered", "Party not registered",
                    "Party " + partyId + " is " + party.status + ": it cannot nominate",
                    Map.of("currentState", party.status.name()));
        }
    }

    private void requireValidIin(String iin, String field) {
        if (!IdentificationNumbers.isValid(iin)) {
            throw ProblemException.invalid(field, "fails the IIN check digit");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
