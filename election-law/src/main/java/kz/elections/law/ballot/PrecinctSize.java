package kz.elections.law.ballot;

/** A polling station (precinct) holds at most 3,000 voters (CL "On Elections", Art. 23 p. 1). */
public final class PrecinctSize {

    /** The largest precinct the law allows today; services take the limit from configuration with this default. */
    public static final int MAX_VOTERS = 3_000;

    private PrecinctSize() {
    }

    /** Whether a precinct of {@code voters} stays within {@code maxVoters}. */
    public static boolean allowed(int voters, int maxVoters) {
        return voters <= maxVoters;
    }
}
