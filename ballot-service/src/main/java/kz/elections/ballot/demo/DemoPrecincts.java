package kz.elections.ballot.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's precincts: the 12,035,578 voters registered for the 2023 Mazhilis election (the Central Election
 * Commission's published final result) split over the 20 units and, inside each unit, over precincts of about
 * 2,400 voters, never more than a precinct may hold; each precinct lies in one of its unit's 2023
 * single-mandate districts. The national total is the official one; the split over units is an approximation by population, and the precincts are synthetic.
 * Pure and exact: every split is in integers and adds up.
 */
public final class DemoPrecincts {

    public static final long REGISTERED_VOTERS = 12_035_578L;
    /** Precincts are sized around this; with the spread below none exceeds 2,700. */
    static final int TARGET_VOTERS = 2_400;
    static final int MAX_SPREAD = 300;

    /** Units in registry order, with an approximate share of the voters (thousands) and their 2023 districts. */
    record Unit(String code, int weight, int districts) {
    }

    static final List<Unit> UNITS = List.of(new Unit("KZ-10", 420, 1), new Unit("KZ-11", 520, 1), new Unit("KZ-15", 600, 1),
            new Unit("KZ-19", 980, 2), new Unit("KZ-23", 430, 1), new Unit("KZ-27", 470, 1), new Unit("KZ-31", 740, 2),
            new Unit("KZ-33", 470, 1), new Unit("KZ-35", 830, 2), new Unit("KZ-39", 620, 1), new Unit("KZ-43", 520, 1),
            new Unit("KZ-47", 490, 1), new Unit("KZ-55", 540, 1), new Unit("KZ-59", 400, 1), new Unit("KZ-61", 1300, 3),
            new Unit("KZ-62", 150, 1), new Unit("KZ-63", 520, 1), new Unit("KZ-71", 850, 2), new Unit("KZ-75", 1400, 3),
            new Unit("KZ-79", 750, 2));

    /** One precinct: its unit, its number inside the unit, its voters and the number of its single-mandate district. */
    public record Precinct(String unitCode, int number, int voters, int district) {
    }

    private DemoPrecincts() {
    }

    /** The demo's precincts, unit by unit; their voters add up to {@link #REGISTERED_VOTERS}. */
    public static List<Precinct> plan() {
        Map<String, Long> voters = votersPerUnit();
        List<Precinct> precincts = new ArrayList<>();
        for (Unit unit : UNITS) {
            List<Integer> sizes = precinctSizes(voters.get(unit.code()));
            for (int i = 0; i < sizes.size(); i++) {
                precincts.add(new Precinct(unit.code(), i + 1, sizes.get(i), (int) ((long) i * unit.districts() / sizes.size()) + 1));
            }
        }
        return precincts;
    }

    /** {@link #REGISTERED_VOTERS} over the units in proportion to their weights, largest remainders first. */
    static Map<String, Long> votersPerUnit() {
        long[] weights = UNITS.stream().mapToLong(Unit::weight).toArray();
        long[] shares = largestRemainder(REGISTERED_VOTERS, weights);
        Map<String, Long> voters = new LinkedHashMap<>();
        for (int u = 0; u < UNITS.size(); u++) {
            voters.put(UNITS.get(u).code(), shares[u]);
        }
        return voters;
    }

    /**
     * A unit's voters over ⌈voters / 2,400⌉ precincts: an even split (the remainder one voter each to the first),
     * then pairs of neighbours moved apart by up to 300 voters, so sizes vary while the total stays exact.
     */
    static List<Integer> precinctSizes(long voters) {
        int count = (int) ((voters + TARGET_VOTERS - 1) / TARGET_VOTERS);
        long base = voters / count;
        long remainder = voters % count;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sizes.add((int) (base + (i < remainder ? 1 : 0)));
        }
        for (int pair = 0; 2 * pair + 1 < count; pair++) {
            int spread = (pair * 7919) % (MAX_SPREAD + 1);
            sizes.set(2 * pair, sizes.get(2 * pair) + spread);
            sizes.set(2 * pair + 1, sizes.get(2 * pair + 1) - spread);
        }
        return sizes;
    }

    /** {@code total} split in proportion to {@code weights}: floors, then one each to the largest remainders (ties: first). */
    static long[] largestRemainder(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        long[] shares = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = Math.multiplyExact(total, weights[i]) / sum;
            remainders[i] = Math.multiplyExact(total, weights[i]) % sum;
            given += shares[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
    }
}
