package kz.elections.law.ballot;

import kz.elections.law.arithmetic.Percent;

/** Ballots printed for a precinct (CL "On Elections", Art. 37): the voters on the list plus a reserve percent, rounded up. */
public final class PrintRun {

    private PrintRun() {
    }

    /** {@code voters} + ⌈voters × reservePercent / 100⌉ (1 % today: 101 voters get 103 ballots). */
    public static long ballots(long voters, int reservePercent) {
        return voters + Percent.roundedUp(voters, reservePercent);
    }
}
