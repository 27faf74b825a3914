package kz.elections.results.tabulation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.elections.common.ProblemException;
import kz.elections.law.allocation.Fraction;
import kz.elections.law.allocation.SeatAllocation;
import kz.elections.law.election.ContestKind;
import kz.elections.law.recall.RecallRules;
import kz.elections.law.winner.Plurality;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.protocol.Tallies;

/**
 * A contest's totals per unit and nation from the running tallies (never from the protocols
 * themselves), with turnout, reporting progress and the outcome: seats by the allocation rules for a
 * party-list contest, the winner by plurality for a single-seat one, the outcome of a recall vote by its turnout and
 * majority (the district's voters are the voters on the lists of its protocols, those added on the day included; while
 * precincts are still to report, at least the total of the precinct registers). The law works on registration ids
 * (a list's or candidate's ballot option {@code ref}); labels are for people. Reporting is complete when
 * every precinct has reported, counted in whole precincts; {@code reportingPercent} is for display only
 * (19,999 of 20,000 rounds to 100.00).
 */
@ApplicationScoped
public class TabulationService {

    /** {@code labelEn}: a list's party's registered English name; null for a candidate and in versions published before. */
    public record OptionTotal(int position, String kind, String ref, String labelKk, String labelRu, String labelEn,
            String detail, long votes) {
    }

    public record Totals(int precinctsReported, long votersOnList, long ballotsIssued, long tookPart, long invalid,
            long againstAll, String turnoutPercent) {
    }

    /** A ballot option's votes in one unit: the option by ballot position and registration id, as in {@link OptionTotal}. */
    public record OptionVotes(int position, String ref, long votes) {
    }

    /** A unit's totals and its votes per option in ballot order ("against all" is in {@code totals}). */
    public record UnitTotals(String unitCode, Totals totals, List<OptionVotes> options) {

        public UnitTotals(String unitCode, Totals totals) {
            this(unitCode, totals, List.of());
        }
    }

    /**
     * The plurality outcome as the tabulation shows it: the law decides on registration ids ({@code winnerId},
     * {@code tiedIds}, ballot options' {@code ref}); {@code winner} and {@code tied} are the Kazakh names shown beside them.
     */
    public record Winner(Plurality.Outcome outcome, String winner, String winnerId, List<String> tied, List<String> tiedIds,
            long winnerVotes, long againstAll, boolean againstAllLargest, int stood, String rule) {
    }

    public record Tabulation(String contestCode, String electionCode, String kind, int ballotVersion, String ballotHash,
            int precincts, int precinctsReported, boolean reportingComplete, String reportingPercent, Totals nation, List<UnitTotals> units, List<OptionTotal> options,
            SeatAllocation.Result allocation, Winner winner, RecallRules.Result recall) {
    }

    @Inject
    Tallies tallies;

    @Inject
    RecallConfig recallConfig;

    public Tabulation tabulate(String code) {
        ContestRecord contest = ContestRecord.findById(code);
        if (contest == null) {
            throw ProblemException.notFound("Contest with protocols", code);
        }
        List<Tallies.UnitTally> units = tallies.forContest(code);
        long[] votes = new long[contest.options.size()];
        int reported = 0;
        long voters = 0;
        long issued = 0;
        long tookPart = 0;
        long invalid = 0;
        long againstAll = 0;
        List<UnitTotals> unitTotals = new ArrayList<>();
        for (Tallies.UnitTally unit : units) {
            reported += unit.precinctsReported();
            voters += unit.votersOnList();
            issued += unit.ballotsIssued();
            tookPart += unit.tookPart();
            invalid += unit.invalid();
            againstAll += unit.againstAll();
            for (int i = 0; i < votes.length && i < unit.votes().size(); i++) {
                votes[i] += unit.votes().get(i);
            }
            List<OptionVotes> unitVotes = new ArrayList<>();
            for (int i = 0; i < votes.length; i++) {
                ContestRecord.Option option = contest.options.get(i);
                unitVotes.add(new OptionVotes(option.position(), option.ref() == null ? null : option.ref().toString(),
                        i < unit.votes().size() ? unit.votes().get(i) : 0));
            }
            unitTotals.add(new UnitTotals(unit.unitCode(), new Totals(unit.precinctsReported(), unit.votersOnList(),
                    unit.ballotsIssued(), unit.tookPart(), unit.invalid(), unit.againstAll(), percent(unit.tookPart(), unit.votersOnList())),
                    List.copyOf(unitVotes)));
        }
        List<OptionTotal> options = new ArrayList<>();
        for (int i = 0; i < contest.options.size(); i++) {
            ContestRecord.Option option = contest.options.get(i);
            options.add(new OptionTotal(option.position(), option.kind(), option.ref() == null ? null : option.ref().toString(),
                    option.labelKk(), option.labelRu(), option.labelEn(), option.detail(), votes[i]));
        }
        SeatAllocation.Result allocation = null;
        Winner winner = null;
        RecallRules.Result recall = null;
        if (contest.recall()) {
            // Until every precinct has reported, the district's voters are at least its precinct registers' total, so
            // that the first precincts' turnout does not pass for the district's.
            long districtVoters = reportingComplete(reported, contest.precincts) ? voters : Math.max(voters, contest.voters);
            recall = RecallRules.outcome(districtVoters, tookPart, votesOf(options, "FOR_RECALL"), votesOf(options, "AGAINST_RECALL"),
                    recallConfig.terms());
        } else if (contest.partyList()) {
            List<OptionTotal> byRegistration = new ArrayList<>(options);
            byRegistration.sort(registrationOrder(contest));
            allocation = SeatAllocation.allocate(new SeatAllocation.Input(contest.allocationKind(), contest.seats,
                    contest.threshold, againstAll, invalid, byRegistration.stream()
                            .map(o -> new SeatAllocation.ListVotes(candidateId(o), o.votes(),
                                    listRegistrationsKnown(contest) ? listOf(contest, o).listRegisteredAt() : null))
                            .toList()));
        } else {
            Plurality.Result result = Plurality.decide(ContestKind.valueOf(contest.kind),
                    options.stream().map(o -> new Plurality.CandidateVotes(candidateId(o), o.votes())).toList(), againstAll);
            winner = new Winner(result.outcome(), result.winner() == null ? null : labelOf(options, result.winner()),
                    result.winner(), result.tied().stream().map(id -> labelOf(options, id)).toList(), result.tied(),
                    result.winnerVotes(), result.againstAll(), result.againstAllLargest(), result.stood(), result.rule());
        }
        return new Tabulation(contest.code, contest.electionCode, contest.kind, contest.ballotVersion, contest.ballotHash,
                contest.precincts, reported, reportingComplete(reported, contest.precincts), percent(reported, contest.precincts),
                new Totals(reported, voters, issued, tookPart, invalid, againstAll, percent(tookPart, voters)), unitTotals,
                options, allocation, winner, recall);
    }

    private static long votesOf(List<OptionTotal> options, String kind) {
        return options.stream().filter(o -> kind.equals(o.kind())).mapToLong(OptionTotal::votes).sum();
    }

    /** Whether every precinct has reported: whole precincts, never a rounded percentage. */
    public static boolean reportingComplete(int precinctsReported, int precincts) {
        return precinctsReported == precincts;
    }

    /**
     * A candidate or list for the law, and the key of its seats and trace: the registration (nomination or party-list)
     * id; a ballot option without one by its position.
     */
    public static String candidateId(OptionTotal option) {
        return option.ref() != null ? option.ref() : "position-" + option.position();
    }

    /** {@link #candidateId(OptionTotal)} of a contest's ballot option. */
    public static String candidateId(ContestRecord.Option option) {
        return option.ref() != null ? option.ref().toString() : "position-" + option.position();
    }

    private static String labelOf(List<OptionTotal> options, String candidateId) {
        return options.stream().filter(o -> candidateId(o).equals(candidateId)).findFirst().map(OptionTotal::labelKk)
                .orElseThrow();
    }

    /**
     * Lists in registration order, earliest first, which decides equal remainders (Art. 97-1 p.4): by the moment the
     * commission registered each party's list for this election, then ballot position. A contest stored before the
     * registry gave those moments keeps the order it was counted in: the party's state registration number.
     */
    static Comparator<OptionTotal> registrationOrder(ContestRecord contest) {
        if (listRegistrationsKnown(contest)) {
            return Comparator.comparing((OptionTotal o) -> listOf(contest, o).listRegisteredAt())
                    .thenComparingInt(OptionTotal::position);
        }
        return Comparator.comparingLong((OptionTotal o) -> {
            Long number = listOf(contest, o).registrationNumber();
            return number == null ? Long.MAX_VALUE : number;
        }).thenComparingInt(OptionTotal::position);
    }

    private static boolean listRegistrationsKnown(ContestRecord contest) {
        return contest.options.stream().allMatch(o -> o.listRegisteredAt() != null);
    }

    private static ContestRecord.Option listOf(ContestRecord contest, OptionTotal option) {
        return contest.options.stream().filter(o -> o.position() == option.position()).findFirst().orElseThrow();
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0.00"
                : Fraction.of(BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)), BigInteger.valueOf(whole))
                        .decimal(2).toPlainString();
    }
}
