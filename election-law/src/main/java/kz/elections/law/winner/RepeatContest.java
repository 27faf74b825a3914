package kz.elections.law.winner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.elections.law.election.ContestKind;

/**
 * What follows a tie for first place in a single-seat contest (CL "On Elections", Art. 95 p.3, 96, 109-1, 110,
 * 113-9 p.2), as {@link Plurality} decides it: a repeat vote among the tied candidates where more than two stood, a
 * repeat election (nomination opened again) where exactly two stood and in every akim race. Either is held within
 * one month of election day (Art. 95 p.3 names the month for the repeat vote; Tizim holds a repeat election to the
 * same month and says so; both are configuration).
 */
public final class RepeatContest {

    public enum Kind {
        /** Only the tied candidates, registrations reused, no nomination. */
        VOTE,
        /** A new election of the seat: nomination opens again. */
        ELECTION
    }

    private RepeatContest() {
    }

    /** The kind the law requires after a tie in a contest of {@code kind} where {@code stood} candidates stood. */
    public static Kind required(ContestKind kind, int stood) {
        if (!kind.singleSeat()) {
            throw new IllegalArgumentException("a repeat follows a tie in a single-seat contest, not " + kind);
        }
        return kind == ContestKind.AKIM || stood == 2 ? Kind.ELECTION : Kind.VOTE;
    }

    /** The last day the repeat may be held: {@code months} after the original election day. */
    public static LocalDate latestDay(LocalDate electionDay, int months) {
        return electionDay.plusMonths(months);
    }

    /**
     * Every rule a requested repeat breaks; empty if it may be created.
     *
     * @param stood the candidates registered in the original contest
     * @param tied the candidates tied for first place (a repeat vote: at least two, all of them registered there)
     * @param tiedRegistered how many of {@code tied} are registered candidates of the original contest
     */
    public static List<String> problems(ContestKind contest, Kind requested, int stood, int tied, int tiedRegistered,
            LocalDate electionDay, LocalDate repeatDay, int months) {
        List<String> problems = new ArrayList<>();
        Kind required = required(contest, stood);
        if (requested != required) {
            problems.add("outcome: " + stood + " candidate(s) stood in " + (contest == ContestKind.AKIM ? "an akim race" : "a district")
                    + ", so a tie requires a repeat " + required.name().toLowerCase() + " (CL Art. 95 p.3, 96, 109-1, 110, 113-9 p.2)");
        }
        if (requested == Kind.VOTE && (tied < 2 || tiedRegistered != tied)) {
            problems.add("tied: a repeat vote is among at least two candidates tied for first place, each a registered "
                    + "candidate of the contest; " + tiedRegistered + " of the " + tied + " given are");
        }
        if (!repeatDay.isAfter(electionDay) || repeatDay.isAfter(latestDay(electionDay, months))) {
            problems.add("electionDay: a repeat is held after election day (" + electionDay + ") and within " + months
                    + " month(s) of it, at the latest on " + latestDay(electionDay, months) + " (CL Art. 95 p.3)");
        }
        return problems;
    }
}
