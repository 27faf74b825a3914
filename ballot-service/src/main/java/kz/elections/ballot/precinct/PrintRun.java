package kz.elections.ballot.precinct;

/** Ballots to print (CL "On Elections"): the voters on the list plus a reserve percent, rounded up. */
public final class PrintRun {

    private PrintRun() {
    }

    public static long ballots(long voters, int reservePercent) {
        return voters + Math.floorDiv(voters * reservePercent + 99, 100);
    }
}
