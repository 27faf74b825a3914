package kz.elections.results.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import kz.elections.law.arithmetic.Percent;

/**
 * The demo's precinct protocols: national totals split over precincts in exact integers, so that the
 * precincts add up to the totals and every protocol satisfies its control relations (Art. 43). Pure.
 *
 * <p>Ballots issued are split in proportion to each precinct's voters; every voter who received a ballot
 * put it in the box (took part = issued). Each precinct's ballots are then split over the columns (invalid,
 * against all, each option) one column at a time, in proportion to what each precinct has left to fill,
 * the last column taking the rest: every precinct's columns add up to its ballots and every column to its
 * national total.
 */
public final class DemoProtocols {

    /** Mazhilis 2023, list part: the figures the Central Election Commission published. */
    public static final long REGISTERED_VOTERS = 12_035_578L;
    public static final long BALLOTS_ISSUED = 6_521_860L;
    public static final long VALID_INCLUDING_AGAINST_ALL = 6_366_441L;
    public static final long AGAINST_ALL = 248_291L;
    /** Those who took part less the valid ballots: every issued ballot was found in a box. */
    public static final long INVALID = BALLOTS_ISSUED - VALID_INCLUDING_AGAINST_ALL;
    /** Votes per party, by short name, in the 2023 ballot order. */
    public static final List<PartyVotes> LIST_VOTES_2023 = List.of(new PartyVotes("AMANAT", 3_431_510),
            new PartyVotes("AUYL", 693_938), new PartyVotes("RESPUBLICA", 547_154), new PartyVotes("QHP", 432_920),
            new PartyVotes("BAYTAQ", 146_431), new PartyVotes("AKZHOL", 535_139), new PartyVotes("OSDP", 331_058));
    /** Ballots printed: voters on the list plus this percent, rounded up (CL "On Elections"). */
    static final int PRINT_RESERVE_PERCENT = 1;

    public record PartyVotes(String party, long votes) {
    }

    /** One precinct's protocol figures for one contest; {@code votes} per ballot option, in ballot order. */
    public record Figures(long votersOnList, long ballotsReceived, long ballotsIssued, long ballotsCancelled, long tookPart,
            long invalid, long againstAll, List<Long> votes) {
    }

    private DemoProtocols() {
    }

    /** Ballots issued per precinct: {@code issued} in proportion to the precincts' voters (never more than they hold). */
    public static long[] issued(long[] voters, long issued) {
        if (issued > Arrays.stream(voters).sum()) {
            throw new IllegalArgumentException(issued + " ballots issued to fewer voters");
        }
        return largestRemainder(issued, voters);
    }

    /**
     * The protocols of a contest: precinct {@code i} has {@code voters[i]} on its list and issued {@code issued[i]}
     * ballots, all of which took part; invalid, against all and each option's votes add up to the totals given,
     * which must add up to the ballots issued.
     */
    public static List<Figures> protocols(long[] voters, long[] issued, long invalid, long againstAll, List<Long> votes) {
        long[] columns = new long[votes.size() + 2];
        columns[0] = invalid;
        columns[1] = againstAll;
        for (int j = 0; j < votes.size(); j++) {
            columns[j + 2] = votes.get(j);
        }
        long[][] split = splitColumns(issued, columns);
        List<Figures> figures = new ArrayList<>();
        for (int i = 0; i < voters.length; i++) {
            long received = voters[i] + Percent.roundedUp(voters[i], PRINT_RESERVE_PERCENT);
            List<Long> optionVotes = new ArrayList<>();
            for (int j = 2; j < columns.length; j++) {
                optionVotes.add(split[i][j]);
            }
            figures.add(new Figures(voters[i], received, issued[i], received - issued[i], issued[i], split[i][0], split[i][1],
                    List.copyOf(optionVotes)));
        }
        return figures;
    }

    /**
     * A contest's totals from the ballots that took part and each column's weight (invalid, against all, options):
     * for the demo's district contests, whose figures are not official.
     */
    public static long[] totals(long tookPart, long[] weights) {
        return largestRemainder(tookPart, weights);
    }

    /**
     * Row sums {@code rows}, column sums {@code columns} (both adding up to the same total): an integer table with
     * those sums, column by column in proportion to what each row still has to fill.
     */
    static long[][] splitColumns(long[] rows, long[] columns) {
        long total = Arrays.stream(rows).sum();
        if (total != Arrays.stream(columns).sum()) {
            throw new IllegalArgumentException("rows add up to " + total + ", columns to " + Arrays.stream(columns).sum());
        }
        long[] left = rows.clone();
        long[][] table = new long[rows.length][columns.length];
        for (int j = 0; j < columns.length; j++) {
            long[] share = j == columns.length - 1 ? left.clone() : largestRemainder(columns[j], left);
            for (int i = 0; i < rows.length; i++) {
                table[i][j] = share[i];
                left[i] -= share[i];
            }
        }
        return table;
    }

    /**
     * {@code total} in proportion to {@code weights}: each ⌊total × weight ÷ Σ weights⌋, then one more to each of
     * the largest remainders (equal remainders: the earlier one). No share exceeds its weight while the total
     * does not exceed the weights' sum.
     */
    static long[] largestRemainder(long total, long[] weights) {
        long sum = Arrays.stream(weights).sum();
        long[] shares = new long[weights.length];
        long[] remainders = new long[weights.length];
        if (sum == 0) {
            if (total != 0) {
                throw new IllegalArgumentException(total + " over weights that are all zero");
            }
            return shares;
        }
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long product = Math.multiplyExact(total, weights[i]);
            shares[i] = product / sum;
            remainders[i] = product % sum;
            given += shares[i];
        }
        int[] order = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> remainders[i]).reversed().thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < total - given; k++) {
            shares[order[k]]++;
        }
        return shares;
    }
}
