package kz.elections.registry.nomination;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.identity.IdentificationNumbers;
import kz.elections.law.list.ListChanges;
import kz.elections.law.list.PartyListRules;
import kz.elections.law.nomination.NominationRules;
import kz.elections.law.nomination.Route;
import kz.elections.registry.common.IinHasher;
import kz.elections.registry.election.Contest;
import kz.elections.registry.election.Election;
import kz.elections.registry.nomination.NominationApi.Person;
import kz.elections.registry.nomination.NominationService.Filer;
import kz.elections.registry.nomination.NominationService.Recorded;

/**
 * Party lists: filing a list with its candidates, the commission's decisions on the whole list, its deposit and
 * withdrawal. Each candidate on a list is a nomination checked like any other ({@link NominationService}); the
 * list rules are the law's ({@link PartyListRules}). Every change here is one audited transaction.
 */
@ApplicationScoped
public class PartyListService {

    static final String PARTY_LIST = "party-list";

    @Inject
    NominationService nominations;

    @Inject
    NominationConfig config;

    @Inject
    IinHasher iinHasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public PartyList submitList(Contest contest, NominationApi.PartyListRequest request, Filer filer) {
        FiledList filed = fileList(contest, request, filer, now());
        filed.list().persist();
        filed.candidates().forEach(n -> n.persist());
        Nomination.flush();
        audit.record(filer.subject(), PARTY_LIST, filed.list().id, "party-list.submitted", null, listView(filed.list()));
        kz.elections.common.metrics.BusinessMetrics.count("tizim.party-lists.filed", "election", contest.election.code);
        return filed.list();
    }

    private record FiledList(PartyList list, List<Nomination> candidates) {
    }

    /** Builds the list and its candidates as filed at {@code filedAt}; any failed rule is a 422 and nothing is kept. */
    private FiledList fileList(Contest contest, NominationApi.PartyListRequest request, Filer filer, OffsetDateTime filedAt) {
        Election election = contest.election;
        NominationService.requireNominatingParty(request.partyId());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.candidates().size(); i++) {
            if (!IdentificationNumbers.isValid(request.candidates().get(i).iin())) {
                violations.add(new Violation("candidates[" + i + "].iin", "fails the IIN check digit"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.size() + " candidate(s) with an invalid IIN", violations);
        }
        PartyList list = new PartyList();
        list.id = UUID.randomUUID();
        list.election = election;
        list.contest = contest;
        list.partyId = request.partyId();
        list.status = NominationStatus.PENDING;
        list.submittedAt = filedAt;
        list.submittedBy = filer.subject();

        List<Nomination> candidates = new ArrayList<>();
        List<PartyListRules.Entry> entries = new ArrayList<>();
        Map<String, Object> candidateFailures = new LinkedHashMap<>();
        for (int i = 0; i < request.candidates().size(); i++) {
            Person person = request.candidates().get(i);
            byte[] hash = iinHasher.hash(person.iin());
            Nomination nomination = nominations.newNomination(contest, Route.PARTY, request.partyId(), null, person, hash,
                    new Filer(filer.subject(), Optional.empty()), filedAt);
            nomination.partyListId = list.id;
            nomination.listPosition = i + 1;
            List<NominationRules.Check> failures = nominations.precheck(nomination).failures();
            if (!failures.isEmpty()) {
                candidateFailures.put(String.valueOf(i + 1), failures);
            }
            candidates.add(nomination);
            entries.add(entry(nomination));
        }
        List<NominationRules.Check> listRules = listRules(contest, entries);
        boolean listFails = listRules.stream().anyMatch(r -> r.outcome() == NominationRules.Outcome.FAIL);
        if (listFails || !candidateFailures.isEmpty()) {
            throw ProblemException.unprocessable("party-list-precheck-failed", "Party list does not meet the law",
                    "The list fails " + listRules.stream().filter(r -> r.outcome() == NominationRules.Outcome.FAIL).count()
                            + " list rule(s) and " + candidateFailures.size() + " candidate(s) fail their own rules",
                    Map.of("rules", listRules, "candidateFailures", candidateFailures));
        }
        list.depositDue = candidates.stream().mapToLong(n -> n.depositDue).sum();
        return new FiledList(list, candidates);
    }

    /**
     * {@link NominationService#recordRegistration} for a whole list: each candidate pre-checked at {@code filedAt},
     * the list's deposit paid.
     */
    @Transactional
    public PartyList recordListRegistration(NominationApi.PartyListRequest request, String filedBy, Recorded when,
            String actor) {
        Contest contest = nominations.recordableContest(request.contest(), true, when);
        FiledList filed = fileList(contest, request, new Filer(filedBy, Optional.empty()), when.filedAt());
        PartyList list = filed.list();
        if (list.depositDue > 0) {
            list.depositPaid = list.depositDue;
            list.depositPaidAt = when.filedAt();
        }
        list.status = NominationStatus.REGISTERED;
        list.decidedAt = when.registeredAt();
        list.decidedBy = actor;
        list.persist();
        for (Nomination candidate : filed.candidates()) {
            candidate.status = NominationStatus.REGISTERED;
            candidate.decidedAt = when.registeredAt();
            candidate.decidedBy = actor;
            candidate.persist();
        }
        PartyList.flush();
        audit.record(actor, PARTY_LIST, list.id, "party-list.registration-recorded", null, listView(list));
        return list;
    }

    @Transactional
    public PartyList decideList(UUID id, NominationStatus.Action action, String grounds, Integer expectedVersion,
            String actor) {
        PartyList list = lockList(id, expectedVersion);
        NominationStatus next = list.status.after(action)
                .orElseThrow(() -> ProblemException.illegalTransition("Party list " + id, list.status, action.name()));
        NominationService.requireGrounds(action, grounds);
        nominations.requireWindow(list.election, action);
        List<Nomination> candidates = list.candidates();
        if (action == NominationStatus.Action.REGISTER) {
            SortedMap<Integer, NominationRules.Report> reports = new TreeMap<>();
            candidates.forEach(candidate -> reports.put(candidate.listPosition, nominations.precheck(candidate)));
            List<NominationRules.Check> problems = PartyListRules.registrationProblems(list.depositDue, list.depositPaid,
                    reports);
            if (!problems.isEmpty()) {
                throw NominationService.notRegistrable(problems);
            }
        }
        Object before = listView(list);
        list.status = next;
        list.decidedAt = now();
        list.decidedBy = actor;
        list.grounds = NominationService.blankToNull(grounds);
        for (Nomination candidate : candidates) {
            candidate.status.after(action).ifPresent(status -> nominations.apply(candidate, status, grounds, actor));
        }
        PartyList.flush();
        audit.record(actor, PARTY_LIST, list.id, "party-list." + action.pastTense, before, listView(list));
        kz.elections.common.metrics.BusinessMetrics.count("tizim.party-lists.decided", "decision", action.pastTense);
        return list;
    }

    @Transactional
    public PartyList recordListDeposit(UUID id, long amount, String actor) {
        PartyList list = lockList(id, null);
        if (!list.status.active()) {
            throw ProblemException.illegalTransition("Party list " + id, list.status, "recording a deposit");
        }
        Object before = listView(list);
        list.depositPaid = amount;
        list.depositPaidAt = now();
        list.flush();
        audit.record(actor, PARTY_LIST, list.id, "party-list.deposit-recorded", before, listView(list));
        return list;
    }

    @Transactional
    public PartyList withdrawList(UUID id, String actor) {
        return decideList(id, NominationStatus.Action.WITHDRAW, null, null, actor);
    }

    /**
     * The party removes a candidate from its registered list before election day (CL Art. 89). The rest must still
     * meet the cap and quota (else 422, nothing changes), unless more than half of the names the list was filed with
     * have then left: the list's registration is cancelled with every candidate left on it.
     */
    @Transactional
    public PartyList removeCandidate(UUID id, UUID nominationId, String reason, String actor) {
        PartyList list = changeableList(id, "removing a candidate");
        List<Nomination> candidates = list.candidates();
        Nomination removed = candidates.stream().filter(n -> n.id.equals(nominationId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("nominationId", "is not a candidate on list " + id));
        List<Nomination> rest = candidates.stream().filter(n -> !n.id.equals(nominationId)).toList();
        Object before = listView(list);
        int filed = (int) list.filedCandidates();
        int left = filed - rest.size();
        if (ListChanges.registrationLapses(filed, left)) {
            String grounds = left + " of the " + filed + " candidates have left the list: more than half";
            removed.listPosition = null;
            nominations.apply(removed, NominationStatus.WITHDRAWN, reason, actor);
            list.status = NominationStatus.CANCELLED;
            list.decidedAt = now();
            list.decidedBy = actor;
            list.grounds = grounds;
            rest.forEach(candidate -> nominations.apply(candidate, NominationStatus.CANCELLED, grounds, actor));
            PartyList.flush();
            audit.record(actor, PARTY_LIST, list.id, "party-list.registration-lapsed", before, listView(list));
            return list;
        }
        requireListRules(list.contest, rest);
        removed.listPosition = null;
        nominations.apply(removed, NominationStatus.WITHDRAWN, reason, actor);
        renumber(rest);
        audit.record(actor, PARTY_LIST, list.id, "party-list.candidate-removed", before, listView(list));
        return list;
    }

    /** The party changes the order of its registered list by application (CL Art. 97-1 p.6); cap and quota re-checked. */
    @Transactional
    public PartyList reorder(UUID id, List<UUID> order, String actor) {
        PartyList list = changeableList(id, "changing the order");
        Map<UUID, Nomination> byId = new LinkedHashMap<>();
        list.candidates().forEach(n -> byId.put(n.id, n));
        if (order.size() != byId.size() || !byId.keySet().equals(new java.util.HashSet<>(order))) {
            throw ProblemException.invalid("order", "must name each of the list's " + byId.size()
                    + " candidates exactly once");
        }
        List<Nomination> reordered = order.stream().map(byId::get).toList();
        Object before = listView(list);
        requireListRules(list.contest, reordered);
        renumber(reordered);
        audit.record(actor, PARTY_LIST, list.id, "party-list.reordered", before, listView(list));
        return list;
    }

    private PartyList changeableList(UUID id, String change) {
        PartyList list = lockList(id, null);
        if (list.status != NominationStatus.REGISTERED) {
            throw ProblemException.illegalTransition("Party list " + id, list.status, change);
        }
        nominations.requireWindow(list.election, NominationStatus.Action.WITHDRAW);
        return list;
    }

    /** The list as it would stand, checked by {@link PartyListRules}: any FAIL is a 422 and nothing changes. */
    private void requireListRules(Contest contest, List<Nomination> candidates) {
        List<PartyListRules.Entry> entries = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Nomination n = candidates.get(i);
            PartyListRules.Entry entry = entry(n);
            entries.add(new PartyListRules.Entry(i + 1, entry.personKey(), entry.category(), entry.declared()));
        }
        List<NominationRules.Check> failed = listRules(contest, entries).stream()
                .filter(r -> r.outcome() == NominationRules.Outcome.FAIL).toList();
        if (!failed.isEmpty()) {
            throw ProblemException.unprocessable("party-list-change-refused", "The list would not meet the law",
                    "After the change the list fails " + failed.stream().map(NominationRules.Check::rule).toList(),
                    Map.of("failedRules", failed));
        }
    }

    private static void renumber(List<Nomination> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            candidates.get(i).listPosition = i + 1;
        }
        Nomination.flush();
    }

    PartyList lockList(UUID id, Integer expectedVersion) {
        PartyList list = PartyList.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (list == null) {
            throw ProblemException.notFound("Party list", id);
        }
        if (expectedVersion != null && expectedVersion != list.version) {
            throw ProblemException.preconditionFailed("Party list " + id + " is at version " + list.version + ", not "
                    + expectedVersion);
        }
        return list;
    }

    public NominationApi.PartyListView listView(PartyList list) {
        List<Nomination> candidates = list.candidates();
        List<PartyListRules.Entry> entries = candidates.stream().map(PartyListService::entry).toList();
        return new NominationApi.PartyListView(list.id, list.contest.code, list.partyId, list.status, list.depositDue,
                list.depositPaid, list.submittedAt, list.decidedAt, list.grounds, list.version, listRules(list.contest, entries),
                candidates.stream().map(c -> nominations.view(c, null)).toList());
    }

    private List<NominationRules.Check> listRules(Contest contest, List<PartyListRules.Entry> entries) {
        return PartyListRules.check(contest.election.kind, contest.seats, contest.election.electionDay,
                new PartyListRules.Limits(config.listOverheadPercent(), config.listQuotaPercent(), config.youthAge()),
                entries);
    }

    /** A list candidate as the list rules see them: position, identity, and what bears out the quota category. */
    private static PartyListRules.Entry entry(Nomination candidate) {
        return new PartyListRules.Entry(candidate.listPosition, Arrays.toString(candidate.iinHash), candidate.quotaCategory,
                new PartyListRules.Declared(NominationApi.Sex.FEMALE.name().equals(candidate.sex), candidate.birthDate,
                        candidate.disabilityCertificateNumber != null && candidate.disabilityCertificateDate != null));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
