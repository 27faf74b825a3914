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
import kz.elections.law.winner.Plurality;
import kz.elections.results.contest.ContestRecord;
import kz.elections.results.protocol.Tallies;

/**
 * A contest's totals per unit and nation from the running tallies (never from the protocols
 * themselves), with turnout, reporting progress and the outcome: seats by the allocation rules for a
 * party-list contest, the winner by plurality for a single-seat one.
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

    public record Tabulation(String contestCode, String electionCode, String kind, int ballotVersion, String ballotHash,
            int precincts, String reportingPercent, Totals nation, List<UnitTotals> units, List<OptionTotal> options,
            SeatAllocation.Result allocation, Plurality.Result winner) {
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
        Plurality.Result winner = null;
        if (contest.partyList()) {
            // Lists in registration order, earliest first: the tie rule depends on it.
            List<OptionTotal> byRegistration = new ArrayList<>(options);
            byRegistration.sort(Comparator.comparing((OptionTotal o) -> registrationNumber(contest, o))
                    .thenComparing(OptionTotal::position));
            allocation = SeatAllocation.allocate(new SeatAllocation.Input(contest.allocationKind(), contest.seats,
                    contest.threshold, againstAll, invalid,
                    byRegistration.stream().map(o -> new SeatAllocation.ListVotes(o.detail(), o.votes())).toList()));
        } else {
            winner = Plurality.decide(options.stream().map(o -> new Plurality.CandidateVotes(o.labelKk(), o.votes())).toList(),
                    againstAll);
        }
        return new Tabulation(contest.code, contest.electionCode, contest.kind, contest.ballotVersion, contest.ballotHash,
                contest.precincts, percent(reported, contest.precincts),
                new Totals(reported, voters, issued, tookPart, invalid, againstAll, percent(tookPart, voters)), unitTotals,
                options, allocation, winner);
    }

    private static long registrationNumber(ContestRecord contest, OptionTotal option) {
        return contest.options.stream().filter(o -> o.position() == option.position()).findFirst()
                .map(o -> o.registrationNumber() == null ? Long.MAX_VALUE : o.registrationNumber()).orElse(Long.MAX_VALUE);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0.00"
                : Fraction.of(BigInteger.valueOf(part).multiply(BigInteger.valueOf(100)), BigInteger.valueOf(whole))
                        .decimal(2).toPlainString();
    }
}
