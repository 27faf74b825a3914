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
import kz.elections.law.winner.Plurality;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.protocol.Tallies;

/**
 * A contest's totals per unit and nation from the running tallies (never from the protocols
 * themselves), with turnout, reporting progress and the outcome: seats by the allocation rules for a
 * party-list contest, the winner by plurality for a single-seat one. The law works on registration ids
 * (a list's or candidate's ballot option {@code ref}); labels are for people. Reporting is complete when
 * every precinct has reported, counted in whole precincts; {@code reportingPercent} is for display only
 * (19,999 of 20,000 rounds to 100.00).
 */
@ApplicationScoped
public class TabulationService {

    public record OptionTotal(int position, String kind, String ref, String labelKk, String labelRu, String detail, long votes) {
    }

    public record Totals(int precinctsReported, long votersOnList, long ballotsIssued, long tookPart, long invalid,
            long againstAll, String turnoutPercent) {
    }

    public record UnitTotals(String unitCode, Totals totals) {
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
            SeatAllocation.Result allocation, Winner winner) {
    }

    @Inject
    Tallies tallies;

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
            unitTotals.add(new UnitTotals(unit.unitCode(), new Totals(unit.precinctsReported(), unit.votersOnList(),
                    unit.ballotsIssued(), unit.tookPart(), unit.invalid(), unit.againstAll(), percent(unit.tookPart(), unit.votersOnList()))));
        }
        List<OptionTotal> options = new ArrayList<>();
        for (int i = 0; i < contest.options.size(); i++) {
            ContestRecord.Option option = contest.options.get(i);
            options.add(new OptionTotal(option.position(), option.kind(), option.ref() == null ? null : option.ref().toString(),
                    option.labelKk(), option.labelRu(), option.detail(), votes[i]));
        }
        SeatAllocation.Result allocation = null;
        Winner winner = null;
        if (contest.partyList()) {
            // Lists in registration order, earliest first: the tie rule depends on it.
            List<OptionTotal> byRegistration = new ArrayList<>(options);
            byRegistration.sort(Comparator.comparing((OptionTotal o) -> registrationNumber(contest, o))
                    .thenComparing(OptionTotal::position));
            allocation = SeatAllocation.allocate(new SeatAllocation.Input(contest.allocationKind(), contest.seats,
                    contest.threshold, againstAll, invalid,
                    byRegistration.stream().map(o -> new SeatAllocation.ListVotes(o.detail(), o.votes())).toList()));
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
                options, allocation, winner);
    }

    /** Whether every precinct has reported: whole precincts, never a rounded percentage. */
    public static boolean reportingComplete(int precinctsReported, int precincts) {
        return precinctsReported == precincts;
    }

    /** A candidate for the law: the registration (nomination) id; a ballot option without one by its position. */
    public static String candidateId(OptionTotal option) {
        return option.ref() != null ? option.ref() : "position-" + option.position();
    }

    private static String labelOf(List<OptionTotal> options, String candidateId) {
        return options.stream().filter(o -> candidateId(o).equals(candidateId)).findFirst().map(OptionTotal::labelKk)
                .orElseThrow();
    }

    private static long registrationNumber(ContestRecord contest, OptionTotal option) {
        return contest.options.stream().filter(o -> o.position() == option.position()).findFirst()
                .map(o -> o.registrationNumber() == null ? Long.MAX_VALUE : o.registrationNumber()).orElse(Long.MAX_VALUE);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0.00"
                : Fraction.of(BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)), BigInteger.valueOf(whole))
                        .decimal(2).toPlainString();
    }
}
