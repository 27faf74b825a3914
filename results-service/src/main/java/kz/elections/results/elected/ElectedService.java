package kz.elections.results.elected;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.elections.common.ProblemException;
import kz.elections.common.Violation;
import kz.elections.common.audit.AuditLog;
import kz.elections.law.allocation.SeatAllocation;
import kz.elections.law.mandate.ListSeatRules;
import kz.elections.law.winner.Plurality;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.tabulation.TabulationService;

/**
 * The elected of a contest: the plurality winner of a single-seat contest, or the tie and what the law
 * requires for it; for a list contest, the candidates each party names for the seats it won (or the
 * commission's assignment by list order) and the seats its list is too short to fill, which stay vacant
 * (Art. 97-1 p.6). Candidates and lists are matched by registration id, never by name.
 * Seats are taken only once every precinct has reported.
 * <p>
 * {@code status}: PROVISIONAL while precincts are still reporting; then COMPLETE once every seat is taken or
 * vacant, AWAITING_PARTIES while a party's seats wait to be named, UNDECIDED when the law requires a repeat vote,
 * a repeat election or a lot, or allocates nothing.
 */
@ApplicationScoped
public class ElectedService {

    /**
     * An elected (or tied) person as published (CL Art. 44): the registration, the names, year of birth, occupation,
     * residence, and the nominating party or association, or "self-nominated"; never an IIN or a date of birth. Null
     * where the contest was stored before the registry gave them.
     */
    public record Person(UUID nominationId, String nameKk, String nameRu, Integer yearOfBirth, String occupation,
            String residence, String nominatedBy) {

        static Person of(UUID nominationId, String nameKk, String nameRu, ContestRecord.PublicRecord record) {
            return record == null ? new Person(nominationId, nameKk, nameRu, null, null, null, null)
                    : new Person(nominationId, nameKk, nameRu, record.yearOfBirth(), record.occupation(), record.residence(),
                            record.nominatedBy());
        }
    }

    /** {@code vacant}: the seats the party's list is too short to fill; {@code status} AWAITING_PARTY, ASSIGNED or VACANT. */
    public record PartySeats(UUID partyId, String party, long seats, long vacant, String status, boolean byListOrder,
            List<Person> elected) {
    }

    public record PartyRef(UUID partyId, String party) {
    }

    /**
     * {@code outcome}: the law's outcome (ELECTED, REPEAT_VOTE_REQUIRED, REPEAT_ELECTION_REQUIRED, NO_CANDIDATES,
     * ALLOCATED, LOT_REQUIRED, NO_ALLOCATION); {@code tied}: with a repeat, the candidates tied for first place;
     * {@code lotBetween}: with a lot, the lists it is drawn between; {@code partyDeadline}: for a list contest once
     * results are certified, until when parties name their elected.
     */
    public record Elected(String contestCode, String status, String outcome, String note, List<Person> elected,
            List<Person> tied, List<PartySeats> parties, List<PartyRef> lotBetween, ListSeatRules.PartyDeadline partyDeadline) {
    }

    @Inject
    TabulationService tabulation;

    @Inject
    AuditLog audit;

    @Inject
    ElectedConfig config;

    @Inject
    Certification certification;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<SeatsAssigned> assigned;

    public Elected elected(String code) {
        TabulationService.Tabulation t = tabulation.tabulate(code);
        ContestRecord contest = ContestRecord.findById(code);
        Optional<String> notHeld = certification.notHeldReason(code);
        if (notHeld.isPresent()) {
            // Declared not held by the commission: whatever protocols arrived elect nobody.
            return new Elected(code, "NOT_HELD", "NOT_HELD", "declared not held: " + notHeld.get(), List.of(), List.of(),
                    List.of(), List.of(), null);
        }
        boolean complete = t.reportingComplete();
        if (contest.recall()) {
            // A recall vote elects nobody: its outcome is the deputy's (CL Art. 113-16).
            return new Elected(code, complete ? "COMPLETE" : "PROVISIONAL", t.recall().outcome().name(), t.recall().rule(),
                    List.of(), List.of(), List.of(), List.of(), null);
        }
        if (!contest.partyList()) {
            TabulationService.Winner winner = t.winner();
            List<Person> tied = winner.tiedIds().stream().map(id -> person(contest, id)).toList();
            List<Person> elected = winner.outcome() == Plurality.Outcome.ELECTED ? List.of(person(contest, winner.winnerId()))
                    : List.of();
            String status = !complete ? "PROVISIONAL" : elected.isEmpty() ? "UNDECIDED" : "COMPLETE";
            return new Elected(code, status, winner.outcome().name(),
                    winner.outcome() == Plurality.Outcome.ELECTED ? null : winner.rule(), elected, tied, List.of(), List.of(),
                    null);
        }
        SeatAllocation.Result allocation = t.allocation();
        if (allocation.outcome() == SeatAllocation.Outcome.NO_ALLOCATION) {
            return new Elected(code, complete ? "UNDECIDED" : "PROVISIONAL", allocation.outcome().name(),
                    "no list reached the threshold, or the lists have no votes: no allocation", List.of(), List.of(), List.of(),
                    List.of(), null);
        }
        List<PartySeats> parties = new ArrayList<>();
        for (ContestRecord.Option option : contest.options) {
            long seats = allocation.seats().getOrDefault(TabulationService.candidateId(option), 0L);
            if (seats == 0) {
                continue;
            }
            SeatAssignment assignment = SeatAssignment.findById(new SeatAssignment.Key(code, option.ref()));
            List<Person> people = assignment == null ? List.of() : assignment.nominations.stream()
                    .map(id -> option.candidates().stream().filter(c -> c.nominationId().equals(id)).findFirst()
                            .map(c -> Person.of(c.nominationId(), c.nameKk(), c.nameRu(), listRecord(c, option)))
                            .orElse(Person.of(id, null, null, null)))
                    .toList();
            long vacant = seats - ListSeatRules.seatsTaken(Math.toIntExact(seats), option.candidates().size());
            String partyStatus = assignment != null ? "ASSIGNED" : vacant == seats ? "VACANT" : "AWAITING_PARTY";
            parties.add(new PartySeats(option.ref(), option.detail(), seats, vacant, partyStatus,
                    assignment != null && assignment.byListOrder, people));
        }
        List<PartyRef> lot = contest.options.stream().filter(o -> allocation.lotBetween().contains(o.detail()))
                .map(o -> new PartyRef(o.ref(), o.detail())).toList();
        String status;
        if (!complete) {
            status = "PROVISIONAL";
        } else if (allocation.outcome() == SeatAllocation.Outcome.LOT_REQUIRED) {
            status = "UNDECIDED";
        } else {
            status = parties.stream().allMatch(p -> !"AWAITING_PARTY".equals(p.status())) ? "COMPLETE" : "AWAITING_PARTIES";
        }
        return new Elected(code, status, allocation.outcome().name(),
                allocation.outcome() == SeatAllocation.Outcome.LOT_REQUIRED ? allocation.trace().singleListRule() : null,
                List.of(), List.of(), parties, lot, partyDeadline(contest).orElse(null));
    }

    /** A candidate of a single-seat contest by registration id, with the names shown. */
    private static Person person(ContestRecord contest, String id) {
        return contest.options.stream().filter(o -> o.ref() != null && o.ref().toString().equals(id)).findFirst()
                .map(o -> Person.of(o.ref(), o.labelKk(), o.labelRu(), o.person()))
                .orElseThrow(() -> new IllegalStateException("no ballot option with registration " + id + " in " + contest.code));
    }

    /** A list candidate's public record; on a list, the party that nominated them is the list's. */
    private static ContestRecord.PublicRecord listRecord(ContestRecord.ListCandidate candidate, ContestRecord.Option list) {
        ContestRecord.PublicRecord record = candidate.person();
        if (record == null) {
            return null;
        }
        return record.nominatedBy() != null ? record
                : new ContestRecord.PublicRecord(record.yearOfBirth(), record.occupation(), record.residence(), list.detail());
    }

    @Transactional
    public Elected assign(String code, UUID party, List<UUID> nominations, String actor) {
        ContestRecord.Option option = listOption(code, party);
        long seats = wonSeats(code, option);
        Optional<ListSeatRules.PartyDeadline> deadline = partyDeadline(contestOf(code));
        if (deadline.isPresent() && deadline.get().passedAt(OffsetDateTime.now(clock))) {
            ListSeatRules.PartyDeadline d = deadline.get();
            throw ProblemException.conflict("party-deadline-passed", "The party's time to name its elected is over",
                    "A party names who takes its list seats within " + d.days() + " calendar days of the certification of "
                            + "the final results; " + contestOf(code).electionCode + " was certified on " + d.certifiedAt()
                            + ", so " + option.detail() + "'s time ended at midnight (" + config.timeZone() + ") after "
                            + d.lastDay() + ". The commission assigns the seats in Kazakh alphabetical order of the list.",
                    deadlineFields(d));
        }
        List<String> problems = ListSeatRules.check(nominations, listCandidates(option), (int) seats,
                contestOf(code).allocationKind().rules().seatQuotaPercent());
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The party's choice does not meet the law",
                    problems.stream().map(p -> new Violation("candidates", p)).toList());
        }
        store(code, party, nominations, false, actor);
        assigned.fire(new SeatsAssigned(code, party, option.detail(), false, actor));
        return elected(code);
    }

    @Transactional
    public Elected assignByListOrder(String code, UUID party, String actor) {
        ContestRecord.Option option = listOption(code, party);
        long seats = wonSeats(code, option);
        SeatAssignment earlier = SeatAssignment.findById(new SeatAssignment.Key(code, party));
        if (earlier != null && !earlier.byListOrder) {
            throw ProblemException.conflict("party-named", "The party has named its elected",
                    option.detail() + " named who takes its seats on " + earlier.assignedAt
                            + "; the commission assigns by list order only the seats of a party that did not", Map.of());
        }
        ContestRecord contest = contestOf(code);
        ListSeatRules.PartyDeadline deadline = partyDeadline(contest).orElseThrow(() -> ProblemException.conflict(
                "results-not-certified", "Final results not certified",
                "A party has " + partyDays(contest) + " calendar days from the certification of the final results of "
                        + contest.electionCode + " to name who takes its seats; they are not certified yet, so the "
                        + "commission cannot assign " + option.detail() + "'s seats by list order", Map.of()));
        if (!deadline.passedAt(OffsetDateTime.now(clock))) {
            throw ProblemException.conflict("party-deadline-running", "The party's time to name its elected is running",
                    option.detail() + " may name who takes its seats until midnight (" + config.timeZone() + ") after "
                            + deadline.lastDay() + " (" + deadline.days() + " calendar days from the certification on "
                            + deadline.certifiedAt() + "); the commission assigns them by list order only after that",
                    deadlineFields(deadline));
        }
        List<UUID> nominations = ListSeatRules.byListOrder(listCandidates(option), (int) seats,
                contest.allocationKind().rules().seatQuotaPercent()).elected().stream().map(ListSeatRules.ListCandidate::id).toList();
        store(code, party, nominations, true, actor);
        assigned.fire(new SeatsAssigned(code, party, option.detail(), true, actor));
        return elected(code);
    }

    private void store(String code, UUID party, List<UUID> nominations, boolean byListOrder, String actor) {
        SeatAssignment assignment = SeatAssignment.findById(new SeatAssignment.Key(code, party));
        Object before = assignment == null ? null : Map.of("nominations", assignment.nominations, "byListOrder", assignment.byListOrder);
        if (assignment == null) {
            assignment = new SeatAssignment();
            assignment.contestCode = code;
            assignment.partyId = party;
        }
        assignment.nominations = List.copyOf(nominations);
        assignment.byListOrder = byListOrder;
        assignment.assignedBy = actor;
        assignment.assignedAt = OffsetDateTime.now(clock);
        assignment.persistAndFlush();
        audit.record(actor, "seat-assignment", party, byListOrder ? "seats.assigned-by-list-order" : "seats.assigned-by-party",
                before, Map.of("contest", code, "nominations", nominations, "byListOrder", byListOrder));
    }

    /** The parties' period in a list contest, once its election's final results are certified (the first time). */
    Optional<ListSeatRules.PartyDeadline> partyDeadline(ContestRecord contest) {
        if (!contest.partyList()) {
            return Optional.empty();
        }
        return certification.firstCertifiedAt(contest.electionCode)
                .map(certifiedAt -> ListSeatRules.partyDeadline(certifiedAt, partyDays(contest), config.timeZone()));
    }

    /** A list's registered candidates as the law reads them; a contest stored without name parts orders by full name. */
    private static List<ListSeatRules.ListCandidate> listCandidates(ContestRecord.Option option) {
        return option.candidates().stream().map(c -> new ListSeatRules.ListCandidate(c.nominationId(),
                c.surnameKk() == null ? c.nameKk() : c.surnameKk(), c.givenNameKk(), c.patronymicKk(), c.listPosition(),
                c.quotaCategory())).toList();
    }

    private int partyDays(ContestRecord contest) {
        return contest.allocationKind() == SeatAllocation.Kind.MAZHILIS ? config.mazhilisPartyDays()
                : config.maslikhatPartyDays();
    }

    private Map<String, Object> deadlineFields(ListSeatRules.PartyDeadline d) {
        return Map.of("partyDeadline", d, "timeZone", config.timeZone().getId());
    }

    ContestRecord contestOf(String code) {
        ContestRecord contest = ContestRecord.findById(code);
        if (contest == null || !contest.partyList()) {
            throw ProblemException.notFound("Party-list contest with protocols", code);
        }
        return contest;
    }

    private ContestRecord.Option listOption(String code, UUID party) {
        return contestOf(code).options.stream().filter(o -> party.equals(o.ref())).findFirst()
                .orElseThrow(() -> ProblemException.notFound("List of party " + party + " in contest", code));
    }

    private long wonSeats(String code, ContestRecord.Option option) {
        certification.notHeldReason(code).ifPresent(reason -> {
            throw ProblemException.conflict("contest-not-held", "Contest not held",
                    code + " was declared not held (" + reason + "): it has no seats to take", Map.of());
        });
        TabulationService.Tabulation t = tabulation.tabulate(code);
        if (!t.reportingComplete()) {
            throw ProblemException.conflict("still-reporting", "Precincts still reporting",
                    "Seats are taken once every precinct has reported; " + t.precinctsReported() + " of " + t.precincts()
                            + " have", Map.of("precinctsReported", t.precinctsReported(), "precincts", t.precincts()));
        }
        long seats = t.allocation().seats().getOrDefault(TabulationService.candidateId(option), 0L);
        if (seats == 0) {
            throw ProblemException.conflict("no-seats", "No seats", option.detail() + " won no seats in " + code, Map.of());
        }
        return seats;
    }
}
